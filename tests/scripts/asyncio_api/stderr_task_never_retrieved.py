# "Task exception was never retrieved" for a failed task nobody looked at.
import asyncio


async def fails():
    raise ValueError("nobody looks")


async def main():
    asyncio.create_task(fails(), name="orphan")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after run")
