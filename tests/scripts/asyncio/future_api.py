# Future: result/exception/set_result/set_exception/cancel and their errors, as CPython's.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result([1, 2])
    print(repr(f), f.result(), f.exception())
    for call in (lambda: f.set_result(2), lambda: f.set_exception(ValueError()), f.cancel):
        try:
            print("->", call())
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    g = loop.create_future()
    for x in (1, "s", StopIteration, StopIteration(1)):
        try:
            g.set_exception(x)
        except TypeError as e:
            print("TypeError", e)
    g.set_exception(ValueError)
    print(repr(g), repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result raised", repr(e))
    h = loop.create_future()
    print(h.cancel(), h.cancel(), repr(h), h.cancelled(), h.done())
    for m in (h.result, h.exception):
        try:
            m()
        except asyncio.CancelledError as e:
            print("CancelledError", repr(e))
    k = loop.create_future()
    k.cancel(msg="why")
    try:
        await k
    except asyncio.CancelledError as e:
        print("await cancelled:", e.args)
    c = asyncio.sleep(0)
    print(asyncio.isfuture(k), asyncio.isfuture(1), asyncio.isfuture(c))
    await c
    it = loop.create_future().__await__()
    print(type(it).__name__, next(it) is not None)
    fut = asyncio.Future()
    print(fut.get_loop() is loop, fut._state, fut._asyncio_future_blocking)
    fut.set_result(None)
    print(fut._state)


asyncio.run(main())
