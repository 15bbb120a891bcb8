# shield: result passthrough, on a done future, exceptions, and cancellation of the outer.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def bad():
    await asyncio.sleep(0)
    raise OSError("failed inside")


async def main():
    print(await asyncio.shield(val("plain")))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done already")
    print("shield of done future is it:", asyncio.shield(f) is f)
    try:
        await asyncio.shield(bad())
    except OSError as e:
        print("OSError", e)
    inner = asyncio.create_task(val("inner"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print(await inner)
    inner2 = asyncio.create_task(asyncio.sleep(10))
    outer2 = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer2
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer2.cancelled())
    try:
        asyncio.shield(5)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
