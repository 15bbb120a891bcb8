# Spawn 20k tasks that return at once, gather them.
import asyncio


async def child(i):
    return i


async def main():
    results = await asyncio.gather(*[child(i) for i in range(20_000)])
    print(sum(results))


asyncio.run(main())
