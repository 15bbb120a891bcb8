# R3/R12: a task cancelled before its first step never runs a line of its coroutine.
import asyncio


async def body():
    print("body ran (should not)")


async def guarded():
    try:
        print("guarded first line")
        await asyncio.sleep(0)
    finally:
        print("guarded finally")


async def main():
    t = asyncio.create_task(body())
    print("cancel:", t.cancel())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    g = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("guarded cancelled:", g.cancelled())


asyncio.run(main())
