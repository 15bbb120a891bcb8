# R14: a task nobody references still runs to completion.
import asyncio


async def work(i):
    await asyncio.sleep(0.01)
    print("work", i, "finished")


async def main():
    for i in range(3):
        asyncio.create_task(work(i))
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
