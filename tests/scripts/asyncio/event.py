# asyncio.Event: waiters wake in order when set; clear; wait on a set event returns at once.
import asyncio


async def waiter(e, name):
    print(name, "waiting")
    print(name, "woke:", await e.wait())


async def main():
    e = asyncio.Event()
    print(e.is_set())
    tasks = [asyncio.create_task(waiter(e, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    e.set()
    e.set()
    await asyncio.gather(*tasks)
    print(await e.wait(), e.is_set())
    e.clear()
    print(e.is_set())
    t = asyncio.create_task(waiter(e, "late"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("late cancelled:", t.cancelled())


asyncio.run(main())
