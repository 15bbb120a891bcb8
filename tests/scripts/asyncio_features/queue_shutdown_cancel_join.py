# Queue.shutdown() and QueueShutDown are new in Python 3.13, and the expected output of this
# script is written by CPython 3.11. So on CPython before 3.13 the helper module
# _queue_shutdown_ref supplies 3.11's queues with the shutdown logic of 3.13's
# Lib/asyncio/queues.py; coil and CPython 3.13 use their own asyncio classes, and all three
# print the same.
import asyncio
import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 13):
    from _queue_shutdown_ref import Queue, QueueShutDown
else:
    from asyncio import Queue, QueueShutDown


async def main():
    # a cancelled getter is skipped by shutdown; the others raise
    q = Queue()

    async def get(name):
        try:
            return name, await q.get()
        except QueueShutDown:
            return name, "shut down"

    tasks = [asyncio.create_task(get(n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(str(q))
    q.shutdown()
    for t in tasks:
        try:
            print(await t)
        except asyncio.CancelledError:
            print("cancelled")

    # workers with join(): shutdown(immediate=True) releases join while items are pending
    q = Queue()
    for i in range(6):
        q.put_nowait(i)

    async def worker(name):
        done = []
        try:
            while True:
                item = await q.get()
                await asyncio.sleep(0)
                done.append(item)
                q.task_done()
                if item == 2:
                    q.shutdown(immediate=True)
                    print(name, "shut the queue down:", str(q))
        except QueueShutDown:
            return name, done

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await q.join()
    print("join returned", q.qsize())
    print(await asyncio.gather(*workers))
    try:
        q.put_nowait(1)
    except QueueShutDown as e:
        print("put_nowait", type(e).__name__)


asyncio.run(main())
