# R10-like: Condition.notify(n) wakes the first n waiters; notify_all wakes the rest in order.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified")


async def main():
    cond = asyncio.Condition()
    ws = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2")
    for _ in range(4):
        await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ws)


asyncio.run(main())
