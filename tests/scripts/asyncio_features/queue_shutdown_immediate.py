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


async def main():
    q = Queue()
    for i in range(4):
        q.put_nowait(i)
    q.get_nowait()
    print(str(q))

    async def joiner():
        await q.join()
        print("join returned, unfinished", str(q))

    t = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    # immediate: the items go, each counts as done; join() wakes once all are done
    q.shutdown(immediate=True)
    print("after shutdown", q.qsize(), q.empty(), str(q))
    await asyncio.sleep(0)
    print("joiner done?", t.done())
    q.task_done()  # the item taken before shutdown
    await t
    try:
        q.get_nowait()
    except QueueShutDown:
        print("get_nowait -> QueueShutDown")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    q2 = Queue()
    q2.put_nowait("x")
    q2.shutdown(True)
    print(q2.qsize(), str(q2))
    await q2.join()
    print("q2 joined")
    q3 = Queue()
    q3.shutdown(immediate=False)
    print(str(q3))


asyncio.run(main())
