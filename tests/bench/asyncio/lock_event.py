# Lock contention (100 tasks x 100 acquisitions, a switch inside) and Event wake-ups
# (1000 waiters, 20 rounds).
import asyncio


async def locker(lock, counter, n):
    for _ in range(n):
        async with lock:
            counter[0] += 1
            await asyncio.sleep(0)


async def waiter(event, hits):
    await event.wait()
    hits[0] += 1


async def main():
    lock, counter = asyncio.Lock(), [0]
    await asyncio.gather(*[locker(lock, counter, 100) for _ in range(100)])
    hits = [0]
    for _ in range(20):
        event = asyncio.Event()
        tasks = [asyncio.create_task(waiter(event, hits)) for _ in range(1000)]
        await asyncio.sleep(0)
        event.set()
        await asyncio.gather(*tasks)
    print(counter[0], hits[0])


asyncio.run(main())
