# Semaphore and BoundedSemaphore: values, locked(), errors.
import asyncio


async def main():
    s = asyncio.Semaphore(2)
    print(s.locked(), repr(s).endswith("[unlocked, value:2]>"))
    await s.acquire()
    await s.acquire()
    print(s.locked(), repr(s).endswith("[locked]>"))
    s.release()
    s.release()
    s.release()
    print("plain semaphore over-release ok:", repr(s).endswith("value:3]>"))
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("bounded inside:", b.locked())
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    z = asyncio.Semaphore(0)
    t = asyncio.create_task(z.acquire())
    await asyncio.sleep(0)
    print("waiting:", not t.done())
    z.release()
    print(await t)


asyncio.run(main())
