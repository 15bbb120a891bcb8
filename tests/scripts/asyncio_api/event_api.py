# Event: set/clear/is_set/wait, repr states, waiting after clear.
import asyncio


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), repr(ev).endswith("[unset]>"))
    ev.set()
    print(ev.is_set(), repr(ev).endswith("[set]>"), await ev.wait())
    ev.set()
    ev.clear()
    print(ev.is_set())
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(repr(ev).endswith("[unset, waiters:1]>"))
    ev.set()
    ev.clear()
    print("woken even though cleared:", await w)
    w2 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w2.cancel()
    await asyncio.sleep(0)
    print("cancelled wait:", w2.cancelled(), repr(ev).endswith("[unset]>"))


asyncio.run(main())
