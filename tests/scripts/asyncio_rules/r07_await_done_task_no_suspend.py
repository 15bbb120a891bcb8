# R7: awaiting a task or future that is already done returns at once, without a hop.
import asyncio


async def quick():
    return "quick"


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    q = asyncio.create_task(quick())
    await asyncio.sleep(0)
    t = asyncio.create_task(ticker())
    print("q done:", q.done())
    print("await q:", await q)
    print("await q again:", await q)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("await done future:", await fut)
    print("still before tick 0")
    await t


asyncio.run(main())
