# R5: a future's done-callback runs the waiting task's step directly: no extra iteration.
import asyncio


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def waiter(fut):
    print("waiter got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = asyncio.create_task(waiter(fut))
    t = asyncio.create_task(ticker(5))
    await asyncio.sleep(0)
    print("main sets result")
    fut.set_result("x")
    await w
    print("main after waiter")
    await t


asyncio.run(main())
