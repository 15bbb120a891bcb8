# R10-like: Event.set wakes every waiter in waiting order, each via a scheduled callback.
import asyncio


async def waiter(name, ev):
    print(name, "waits")
    r = await ev.wait()
    print(name, "woke", r)


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    t = asyncio.create_task(ticker())
    ev.set()
    print("set; is_set:", ev.is_set())
    await asyncio.gather(*ws, t)
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())


asyncio.run(main())
