# R3: create_task is lazy: a task's coroutine starts when the loop reaches its first step,
# in creation order.
import asyncio


async def worker(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return name


async def main():
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(worker("b"))
    print("created both; a done?", a.done())
    c = asyncio.create_task(worker("c"))
    print("awaiting b")
    print("b ->", await b)
    print("a done?", a.done(), "c done?", c.done())
    print("c ->", await c)
    print("a ->", a.result())


asyncio.run(main())
