# R10: no direct hand-off: put_nowait wakes the first getter, but whoever asks first takes
# the item; the woken getter then waits again.
import asyncio


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        if item is None:
            return


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q, "consumer"))
    await asyncio.sleep(0)
    q.put_nowait(1)
    print("main took", q.get_nowait())
    await asyncio.sleep(0)
    q.put_nowait(2)
    q.put_nowait(3)
    await asyncio.sleep(0)
    print("qsize", q.qsize())
    q.put_nowait(None)
    await c
    b = asyncio.Queue(maxsize=1)

    async def producer():
        for i in range(3):
            await b.put(i)
            print("put", i)

    p = asyncio.create_task(producer())
    for _ in range(3):
        await asyncio.sleep(0)
        print("get", await b.get())
    await p


asyncio.run(main())
