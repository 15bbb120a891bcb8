# The loop's methods: run_until_complete, run_forever/stop, call_soon/call_later/call_at
# handles, close, debug, and their errors.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


print(loop.run_until_complete(compute(21)))
h = loop.call_soon(print, "never printed")
print(type(h).__name__, h.cancelled())
h.cancel()
print(h.cancelled())
loop.call_soon(print, "soon")
th = loop.call_later(0.01, print, "later")
print(type(th).__name__)
loop.call_later(0.02, loop.stop)
loop.run_forever()
print("stopped; running:", loop.is_running())
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError", e)


async def inside():
    c = compute(1)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError", e)
    return asyncio.get_running_loop() is loop


print(loop.run_until_complete(inside()))
loop.close()
print(loop.is_closed())
loop.close()
c = compute(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError", e)
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
fut = loop2.create_future()
loop2.call_soon(fut.set_result, "from callback")
print(loop2.run_until_complete(fut))
t = loop2.time()
loop2.run_until_complete(asyncio.sleep(0.01))
print(loop2.time() - t >= 0.01)
loop2.close()
asyncio.set_event_loop(None)
