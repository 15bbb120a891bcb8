# TaskGroup: cancelling the task that runs the group cancels the children and propagates.
import asyncio


events = []


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append(name + " cancelled")
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("runner sees CancelledError; children (in set order):", sorted(events))
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner task cancelled:", t.cancelled())


asyncio.run(main())
