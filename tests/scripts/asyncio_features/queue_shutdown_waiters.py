# Queue.shutdown() and QueueShutDown are new in Python 3.13, and the expected output of this
# script is written by CPython 3.11. So on CPython before 3.13 the helper module
# _queue_shutdown_ref supplies 3.11's queues with the shutdown logic of 3.13's
# Lib/asyncio/queues.py; coil and CPython 3.13 use their own asyncio classes, and all three
# print the same.
import asyncio
import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 13):
    from _queue_shutdown_ref import LifoQueue, PriorityQueue, Queue, QueueShutDown
else:
    from asyncio import LifoQueue, PriorityQueue, Queue, QueueShutDown


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except QueueShutDown:
        print(name, "QueueShutDown")


async def putter(q, name, item):
    try:
        await q.put(item)
        print(name, "put", item)
    except QueueShutDown:
        print(name, "QueueShutDown")


async def main():
    # blocked getters wake and raise, once the queue is empty
    q = Queue()
    getters = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("only")
    q.shutdown()
    print(str(q))
    await asyncio.gather(*getters)

    # blocked putters of a full queue wake and raise
    q = Queue(maxsize=1)
    q.put_nowait("full")
    putters = [asyncio.create_task(putter(q, f"p{i}", i)) for i in range(2)]
    await asyncio.sleep(0)
    print(str(q))
    q.shutdown()
    await asyncio.gather(*putters)
    print(q.get_nowait(), str(q))

    # immediate: blocked getters raise even though items were there
    q = Queue(maxsize=2)
    waiting = asyncio.create_task(getter(q, "late"))
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    q.shutdown(immediate=True)
    await waiting
    print(q.qsize(), str(q))


asyncio.run(main())
