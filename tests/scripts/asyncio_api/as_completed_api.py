# as_completed (iterator form): completion order, duplicates, timeout, and errors.
import asyncio


async def after(hops, v):
    for _ in range(hops):
        await asyncio.sleep(0)
    return v


async def main():
    for f in asyncio.as_completed([after(3, "c"), after(1, "a"), after(2, "b")]):
        print(await f)
    t = asyncio.create_task(after(0, "dup"))
    print([await f for f in asyncio.as_completed([t, t])])
    slow = asyncio.create_task(asyncio.sleep(10))
    quick = asyncio.create_task(after(0, "quick"))
    await asyncio.sleep(0)
    it = asyncio.as_completed([quick, slow], timeout=0.01)
    got = []
    try:
        for f in it:
            got.append(await f)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, got)
    slow.cancel()
    c = asyncio.sleep(0)
    try:
        for f in asyncio.as_completed(c):
            pass
    except TypeError as e:
        print("TypeError", e)
    c.close()
    print(list(asyncio.as_completed([])))


asyncio.run(main())
