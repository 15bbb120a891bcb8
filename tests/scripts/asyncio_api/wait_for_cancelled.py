# wait_for: cancelling the caller cancels the inner awaitable and propagates.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def caller():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise


async def failing():
    await asyncio.sleep(0)
    raise LookupError("inner failure")


async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("caller task cancelled:", t.cancelled())
    try:
        await asyncio.wait_for(failing(), 1)
    except LookupError as e:
        print("LookupError", e)


asyncio.run(main())
