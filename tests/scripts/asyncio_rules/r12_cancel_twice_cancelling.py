# R12: cancel() counts requests in cancelling(); a second cancel keeps the first message.
import asyncio


async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("victim caught", e.args, "cancelling:", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print(t.cancel("one"), t.cancelling())
    print(t.cancel("two"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main caught", e.args)
    print(t.cancel(), t.cancelling())


asyncio.run(main())
