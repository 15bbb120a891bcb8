# R12 in TaskGroup: a failing child cancels the body's await and its siblings, in order.
import asyncio

events = []


async def failing():
    await asyncio.sleep(0)
    events.append("failing raises")
    raise ValueError("child failed")


async def sibling():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(sibling())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                events.append("body cancelled")
                raise
    except* ValueError as eg:
        events.append("caught " + str(eg.exceptions[0]))
    print(events)
    print("current task cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
