# R6: a task's done-callbacks and the wakeups of tasks awaiting it run in registration order.
import asyncio


async def child():
    await asyncio.sleep(0)
    print("child returns")
    return 1


async def awaiter(name, t):
    await t
    print("awaiter", name, "resumed")


async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda _: print("callback 1"))
    a = asyncio.create_task(awaiter("a", t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: print("callback 2"))
    b = asyncio.create_task(awaiter("b", t))
    await asyncio.gather(a, b)
    print("all done")


asyncio.run(main())
