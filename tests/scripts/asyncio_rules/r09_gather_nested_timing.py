# R9: each gather level adds its two iterations after the last child.
import asyncio


async def leaf(n):
    return n


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker(8))
    r = await asyncio.gather(asyncio.gather(leaf(1), leaf(2)), leaf(3))
    print("nested gather ->", r)
    print("empty gather ->", await asyncio.gather())
    await t


asyncio.run(main())
