# Queue.task_done / join: join waits for every item, task_done too often raises ValueError.
import asyncio


async def worker(q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        log.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    print("join on empty:", await q.join())
    log = []
    w = asyncio.create_task(worker(q, log))
    for i in range(4):
        q.put_nowait(i)
    await q.join()
    print("joined:", log)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    q.put_nowait("x")
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
