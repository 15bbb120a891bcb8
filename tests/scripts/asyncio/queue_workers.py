# A bounded queue with several workers, join() and task_done(), in CPython's order.
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        log.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    for item in range(8):
        await q.put(item)
        print("put", item, "qsize", q.qsize())
    await q.join()
    print(log)
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    print("getter cancelled:", getter.cancelled(), str(q))


asyncio.run(main())
