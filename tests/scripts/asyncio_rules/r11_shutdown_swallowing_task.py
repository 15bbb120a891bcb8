# R11: a leftover task that swallows the shutdown cancel still lets run return.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("stubborn swallows cancel")
    return "stubborn result"


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after run")
