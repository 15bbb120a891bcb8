# wait_for with a generous timeout that never fires, 10k times (half of them suspend once).
import asyncio


async def quick(i):
    if i & 1:
        await asyncio.sleep(0)
    return i


async def main():
    total = 0
    for i in range(10_000):
        total += await asyncio.wait_for(quick(i), 10)
    print(total)


asyncio.run(main())
