# Futures driven without tasks: run_until_complete on a future, await via __await__ protocol.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
loop.call_soon(f.set_result, "value")
print(loop.run_until_complete(f))
g = loop.create_future()
loop.call_soon(g.set_exception, ZeroDivisionError("div"))
try:
    loop.run_until_complete(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
h = loop.create_future()
loop.call_soon(h.cancel)
try:
    loop.run_until_complete(h)
except asyncio.CancelledError:
    print("CancelledError from cancelled future")
it = loop.create_future().__await__()
print(type(it).__name__ in ("FutureIter", "generator", "_asyncio.FutureIter"))
loop.close()
