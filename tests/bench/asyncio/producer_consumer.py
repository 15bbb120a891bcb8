# 4 producers and 8 workers over a bounded Queue(maxsize=64), 40k items.
import asyncio


async def producer(q, start, count):
    for i in range(start, start + count):
        await q.put(i)


async def worker(q, totals):
    while True:
        item = await q.get()
        totals[0] += item
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=64)
    totals = [0]
    workers = [asyncio.create_task(worker(q, totals)) for _ in range(8)]
    await asyncio.gather(*[producer(q, k * 10_000, 10_000) for k in range(4)])
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(totals[0])


asyncio.run(main())
