# R8: sleep(0) and negative sleeps are exactly one trip to the back of the ready queue.
import asyncio


async def hopper(name, delays):
    for d in delays:
        print(name, "sleep", d)
        await asyncio.sleep(d)


async def main():
    a = asyncio.create_task(hopper("a", [0, -1, 0]))
    b = asyncio.create_task(hopper("b", [-0.5, 0, 0]))
    await asyncio.gather(a, b)
    print(await asyncio.sleep(0, "result"), await asyncio.sleep(-1, result=None))


asyncio.run(main())
