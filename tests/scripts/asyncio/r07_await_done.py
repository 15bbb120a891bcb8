# R7: awaiting a finished future or task, or a coroutine, does not suspend.
import asyncio


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def inner():
    print("inner runs inline")
    return "inner"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    fut = loop.create_future()
    fut.set_result(5)
    print("await done future:", await fut)
    print("await coroutine:", await inner())
    done = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print("task done?", done.done())
    print("await done task:", await done)
    print("no tick happened in between")
    await t


asyncio.run(main())
