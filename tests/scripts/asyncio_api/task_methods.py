# Task methods on each state: pending, finished, failed and cancelled.
import asyncio


async def slow():
    await asyncio.sleep(10)


async def ok():
    return "ok"


async def bad():
    raise ValueError("bad")


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, type(e).__name__, e)


async def main():
    p = asyncio.create_task(slow())
    show("pending done", p.done)
    show("pending result", p.result)
    show("pending exception", p.exception)
    show("pending cancelled", p.cancelled)
    show("get_loop", lambda: p.get_loop() is asyncio.get_running_loop())
    show("get_coro", lambda: p.get_coro().__qualname__)
    o = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    show("ok result", o.result)
    show("ok exception", o.exception)
    show("bad result", b.result)
    show("bad exception", b.exception)
    p.cancel("why")
    await asyncio.sleep(0)
    show("cancelled", p.cancelled)
    show("cancelled result", p.result)
    show("cancelled exception", p.exception)
    show("set_result", lambda: p.set_result(1))
    show("set_exception", lambda: p.set_exception(KeyError()))
    show("cancel done", o.cancel)


asyncio.run(main())
