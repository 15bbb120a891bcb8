# R1: a task's steps and plain callbacks share one FIFO ready queue.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        asyncio.get_running_loop().call_soon(print, "cb from", name, i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "first callback")
    a = asyncio.create_task(worker("A", 3))
    loop.call_soon(print, "second callback")
    b = asyncio.create_task(worker("B", 2))
    loop.call_soon(print, "third callback")
    await a
    await b
    print("main done")


asyncio.run(main())
