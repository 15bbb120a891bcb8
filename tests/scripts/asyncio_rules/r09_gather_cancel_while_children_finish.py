# R9/R12: cancelling gather after some children are done only cancels the unfinished ones.
import asyncio


async def child(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def main():
    a = asyncio.create_task(child("a", 0))
    b = asyncio.create_task(child("b", 1))
    c = asyncio.create_task(child("c", 10))
    g = asyncio.gather(a, b, c, return_exceptions=True)
    for _ in range(3):
        await asyncio.sleep(0)
    print([t.done() for t in (a, b, c)])
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather cancelled")
    print([t.cancelled() for t in (a, b, c)], a.result(), b.result())


asyncio.run(main())
