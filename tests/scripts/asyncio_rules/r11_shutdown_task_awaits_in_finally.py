# R11: a cancelled leftover task may still await in its finally block; run waits for it.
import asyncio


async def cleanup():
    try:
        await asyncio.sleep(3600)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0)
        await asyncio.sleep(0.001)
        print("cleanup ends")


async def main():
    asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    print("main done")
    return "result"


print(asyncio.run(main()))
