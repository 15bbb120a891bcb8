# R10/R12 with Condition: a cancelled wait() re-acquires the lock before CancelledError leaves.
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter cancelled; holds lock:", cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    w = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        w.cancel()
        await asyncio.sleep(0)
        print("main still holds the lock")
    await asyncio.gather(w, return_exceptions=True)
    print("cancelled:", w.cancelled(), "locked:", cond.locked())


asyncio.run(main())
