# R9: cancelling the outer gather future cancels the unfinished children; a cancelled child
# counts as a CancelledError result with return_exceptions.
import asyncio


async def slow(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def quick():
    return "quick"


async def main():
    g = asyncio.gather(slow("s1"), quick(), slow("s2"))
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("outer cancelled", g.cancelled())
    t = asyncio.create_task(slow("s3"))
    g2 = asyncio.gather(t, quick(), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    res = await g2
    print([type(r).__name__ for r in res], res[1])


asyncio.run(main())
