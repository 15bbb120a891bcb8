# R12: a task that cancels itself gets CancelledError at its next suspension.
import asyncio


async def selfish():
    me = asyncio.current_task()
    print("cancel self ->", me.cancel("me"))
    print("still running, cancelling:", me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("caught", e.args)
    await asyncio.sleep(0)
    print("continued after swallowing")
    return "finished"


async def main():
    t = asyncio.create_task(selfish())
    print(await t, t.cancelled())


asyncio.run(main())
