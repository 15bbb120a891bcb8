# gather: cancel(msg) on the gather future, and a child cancelled with a message.
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    g = asyncio.gather(sleeper(), sleeper())
    await asyncio.sleep(0)
    print("cancel ->", g.cancel("stop all"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(g.cancelled(), g.done())
    t = asyncio.create_task(sleeper())
    g2 = asyncio.gather(t, return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 cancelled:", g2.cancelled(), "t cancelled:", t.cancelled())


asyncio.run(main())
