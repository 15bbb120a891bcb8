# Semaphore and BoundedSemaphore: at most N holders, FIFO wake-ups, errors.
import asyncio


async def user(sem, name, log):
    async with sem:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(user(sem, f"u{i}", log) for i in range(5)))
    print(log)
    print(sem.locked(), await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print(sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    z = asyncio.Semaphore(0)
    print(z.locked())


asyncio.run(main())
