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


async def drain(q):
    out = []
    while True:
        try:
            out.append(await q.get())
        except QueueShutDown:
            return out


async def main():
    for cls in (Queue, LifoQueue, PriorityQueue):
        q = cls()
        for item in (3, 1, 2):
            q.put_nowait(item)
        q.shutdown()
        print(cls.__name__, await drain(q), q.qsize())
        q = cls()
        for item in (3, 1, 2):
            q.put_nowait(item)
        q.shutdown(immediate=True)
        print(cls.__name__, "immediate", await drain(q), q.qsize())

    # producer/consumer: the producer shuts the queue down when done
    q = Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
        q.shutdown()
        print("producer done")

    async def consumer(name):
        got = []
        while True:
            try:
                item = await q.get()
            except QueueShutDown:
                print(name, "sees shutdown after", got)
                return got
            got.append(item)
            q.task_done()

    results = await asyncio.gather(producer(), consumer("c1"), consumer("c2"))
    print(sorted(results[1] + results[2]))


asyncio.run(main())
