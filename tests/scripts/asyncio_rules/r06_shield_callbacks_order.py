# R6 with shield: the outer future completes through a done-callback, one iteration later.
import asyncio


async def inner():
    await asyncio.sleep(0)
    print("inner returns")
    return "v"


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    print("shield ->", await asyncio.shield(inner()))
    await t


asyncio.run(main())
