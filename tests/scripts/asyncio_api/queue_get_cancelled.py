# Queue: a cancelled get() does not lose an item that was put for it.
import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled())
    print("g2 got:", await g2)
    print("empty:", q.empty())
    q2 = asyncio.Queue(1)
    q2.put_nowait(0)
    p = asyncio.create_task(q2.put(1))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print("put cancelled:", p.cancelled(), "qsize:", q2.qsize())


asyncio.run(main())
