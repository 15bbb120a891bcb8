# R12: cancelling a task that awaits another task cancels the inner task too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled:", t.cancelled())
        raise


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print("inner done:", i.done(), "cancelled:", i.cancelled())


asyncio.run(main())
