# R11: asyncio.run cancels leftover tasks; their except/finally blocks run before run returns.
import asyncio

events = []


async def background(name):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        events.append(name + " cancelled")
        raise
    finally:
        events.append(name + " finally")


async def main():
    for n in ("x", "y", "z"):
        asyncio.create_task(background(n))
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print(sorted(events))
