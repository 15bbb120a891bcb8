# R12: cancel() on a waiting task cancels its future and throws CancelledError at the await;
# before the first step it sets _must_cancel; on a finished task it returns False.
import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "caught", repr(e))
        raise
    finally:
        print(name, "finally")


async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("catcher swallows it")
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("bye"), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting t1 raised", repr(e))
    print("cancelled?", t.cancelled(), "done?", t.done(), "cancel again ->", t.cancel())
    t2 = asyncio.create_task(sleeper("t2"))
    print("cancel before start ->", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled before it started:", t2.cancelled())
    t3 = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t3.cancel()
    print("t3 ->", await t3, t3.cancelled(), t3.cancelling(), t3.uncancel(), t3.uncancel())
    f = asyncio.get_running_loop().create_future()
    f.cancel("msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future cancelled:", repr(e))
    print("CancelledError is BaseException:", issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
