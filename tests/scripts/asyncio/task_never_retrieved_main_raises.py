# The unretrieved task is reported even when main fails.
import asyncio


async def bad():
    raise ValueError("child")


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise RuntimeError("main")


try:
    asyncio.run(main())
except RuntimeError as e:
    print("caught", e)
