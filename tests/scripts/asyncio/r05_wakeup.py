# R5: a wakeup steps the task directly: a future resolved by a callback resumes its waiter
# in the next iteration, between other tasks' sleep(0) steps.
import asyncio


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def waiter(fut):
    print("waiting")
    print("got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(ticker(5))
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    loop.call_soon(fut.set_result, "value")
    await asyncio.gather(t, w)
    print("done")


asyncio.run(main())
