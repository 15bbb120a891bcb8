# Lock: acquire/release, locked(), async with, release errors, cancelled waiters.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(repr(lock).endswith("[unlocked]>"), lock.locked())
    print(await lock.acquire(), lock.locked(), repr(lock).endswith("[locked]>"))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    async with lock:
        print("inside:", lock.locked())
    print("after:", lock.locked())
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:1]>"))
    waiter.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", waiter.cancelled())
    lock.release()
    print("locked after release:", lock.locked())
    try:
        with lock:
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)


asyncio.run(main())
