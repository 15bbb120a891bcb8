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


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, repr(e))


async def main():
    q = Queue()
    for i in range(3):
        q.put_nowait(i)
    q.shutdown()
    print(str(q))
    attempt("put_nowait", lambda: q.put_nowait(9))
    try:
        await q.put(9)
    except QueueShutDown as e:
        print("put ->", type(e).__name__, e.args)
    # gets still drain what is left
    print(q.get_nowait(), await q.get(), q.get_nowait(), q.qsize(), q.empty())
    attempt("get_nowait empty", q.get_nowait)
    try:
        await q.get()
    except QueueShutDown:
        print("get -> QueueShutDown")
    # task_done/join still count the items that were put
    for _ in range(3):
        q.task_done()
    await q.join()
    print("joined", str(q))
    q.shutdown()  # twice is fine
    print(issubclass(QueueShutDown, Exception), QueueShutDown.__name__)
    print(asyncio.QueueEmpty.__name__, asyncio.QueueFull.__name__)


asyncio.run(main())
