# Queue, LifoQueue, PriorityQueue: the non-blocking API and its errors.
import asyncio


async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.full(), str(q))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    lifo = asyncio.LifoQueue()
    for i in range(3):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z"), (2, "b2")]:
        pq.put_nowait(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    bad = asyncio.PriorityQueue()
    bad.put_nowait(1)
    try:
        bad.put_nowait("x")
    except TypeError as e:
        print("TypeError", e)
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize(), sum(unbounded.get_nowait() for _ in range(1000)))
    print(asyncio.QueueEmpty.__mro__[1].__name__)


asyncio.run(main())
