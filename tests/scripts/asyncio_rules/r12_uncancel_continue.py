# R12: a task that catches CancelledError and calls uncancel() continues normally.
import asyncio


async def resilient():
    me = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("attempt", attempt, "cancelled; cancelling =", me.cancelling())
            print("uncancel ->", me.uncancel())
    return "gave up"


async def main():
    t = asyncio.create_task(resilient())
    for _ in range(3):
        await asyncio.sleep(0)
        t.cancel()
    print(await t, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
