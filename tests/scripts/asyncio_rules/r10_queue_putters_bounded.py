# R10: a full queue blocks putters; each get wakes the first waiting putter.
import asyncio


async def putter(name, q, item):
    print(name, "putting", item)
    await q.put(item)
    print(name, "put done")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    ps = [asyncio.create_task(putter(n, q, n.upper())) for n in ("p1", "p2")]
    await asyncio.sleep(0)
    print("full:", q.full(), "qsize:", q.qsize())
    for _ in range(3):
        print("main got", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ps)


asyncio.run(main())
