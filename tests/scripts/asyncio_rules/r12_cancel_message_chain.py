# R12: the cancel message reaches the coroutine and the awaiting task.
import asyncio


async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("victim sees", e.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("first message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raises", e.args)


asyncio.run(main())
