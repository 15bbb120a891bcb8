# R10-like: Semaphore waiters get permits in FIFO order as permits are released.
import asyncio


async def worker(name, sem):
    async with sem:
        print(name, "acquired")
        await asyncio.sleep(0)
        print(name, "releasing")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(f"w{i}", sem) for i in range(5)))
    print("locked:", sem.locked())


asyncio.run(main())
