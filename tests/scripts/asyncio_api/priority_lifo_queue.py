# PriorityQueue and LifoQueue order, and comparing tuple entries.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])
    bounded = asyncio.PriorityQueue(maxsize=1)
    bounded.put_nowait(5)
    try:
        bounded.put_nowait(1)
    except asyncio.QueueFull:
        print("PriorityQueue full")
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))
    getter = asyncio.create_task(lq.get())
    await asyncio.sleep(0)
    lq.put_nowait("late")
    print(await getter)


asyncio.run(main())
