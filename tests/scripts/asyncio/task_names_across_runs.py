# Task-N numbering continues across asyncio.run calls (shutdown steps take numbers too).
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    print(asyncio.current_task().get_name(), t.get_name())
    await t


asyncio.run(main())
asyncio.run(main())
