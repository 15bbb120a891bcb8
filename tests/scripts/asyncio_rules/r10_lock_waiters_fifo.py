# R10-like: Lock waiters acquire in FIFO order; release wakes the first waiter via its future.
import asyncio


async def user(name, lock, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(user(n, lock, log)) for n in "abc"]
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    lock.release()
    log.append("main released")
    await asyncio.gather(*tasks)
    print(log)
    print("locked:", lock.locked())


asyncio.run(main())
