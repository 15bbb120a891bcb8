# R9: a cancelled child makes gather raise CancelledError (without return_exceptions).
import asyncio


async def sleeper(name):
    await asyncio.sleep(10)
    return name


async def quick():
    await asyncio.sleep(0)
    return "quick"


async def main():
    t1 = asyncio.create_task(sleeper("s"))
    t2 = asyncio.create_task(quick())
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel("child msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print("g cancelled:", g.cancelled(), "t2:", t2.result())
    t3 = asyncio.create_task(sleeper("x"))
    g2 = asyncio.gather(t3, return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel()
    r = await g2
    print("with return_exceptions:", [type(x).__name__ for x in r])


asyncio.run(main())
