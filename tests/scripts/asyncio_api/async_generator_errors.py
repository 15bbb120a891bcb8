# Async generators: ignoring GeneratorExit, raising inside, returning early, running twice.
import asyncio


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored exit"


async def raiser():
    yield 1
    raise LookupError("inside")


async def slow():
    await asyncio.sleep(0)
    yield 1


async def main():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    r = raiser()
    print([x async for x in r.__aiter__()] if False else await r.__anext__())
    try:
        await r.__anext__()
    except LookupError as e:
        print("LookupError", e)
    try:
        await r.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g = slow()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("slow exhausted")
    await g.aclose()


asyncio.run(main())
