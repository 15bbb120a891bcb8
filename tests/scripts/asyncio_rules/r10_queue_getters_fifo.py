# R10: blocked getters are woken in the order they started waiting, one per item.
import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
        print("put", i)
    await asyncio.gather(*tasks)


asyncio.run(main())
