# asyncio.Lock: FIFO hand-over, async with, errors.
import asyncio


async def user(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(lock, f"u{i}", log) for i in range(3)))
    print(log)
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled waiter:", t.cancelled())
    lock.release()
    print(lock.locked())


asyncio.run(main())
