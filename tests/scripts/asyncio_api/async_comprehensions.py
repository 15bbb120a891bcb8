# Async comprehensions: list/set/dict/generator forms, await in the element, nesting, filters.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in agen(4)])
    print(sorted({x % 2 async for x in agen(5)}))
    print({x: x * x async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(4) if x % 2])
    print([(x, y) async for x in agen(2) for y in range(2)])
    gen = (x + 1 async for x in agen(3))
    print(type(gen).__name__, [v async for v in gen])
    print([[y async for y in agen(x)] async for x in agen(3)])


asyncio.run(main())
