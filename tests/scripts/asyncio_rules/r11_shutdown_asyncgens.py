# R11: asyncio.run finalises an async generator left suspended, running its finally block.
import asyncio


async def agen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "finalised")


async def main():
    g = agen("g")
    print("first", await g.__anext__())
    print("second", await g.__anext__())
    print("main done")
    return g


gen = asyncio.run(main())
print("run returned")
