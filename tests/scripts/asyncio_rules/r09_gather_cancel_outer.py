# R9: cancelling the gather future cancels the children that are not done yet.
import asyncio


async def child(name, hops):
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    a = asyncio.create_task(child("a", 0))
    b = asyncio.create_task(child("b", 5))
    c = asyncio.create_task(child("c", 5))
    g = asyncio.gather(a, b, c)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("outer cancelled:", g.cancelled())
    print([t.cancelled() for t in (a, b, c)])
    print("cancel done gather ->", g.cancel())


asyncio.run(main())
