# Async generators: asend, athrow, aclose, and their errors.
import asyncio


async def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("gen caught", e)
                yield "handled"
    finally:
        print("gen finally, received", received)


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("boom")))
    print(await g.__anext__())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    h = echo()
    try:
        await h.asend("x")
    except TypeError as e:
        print("TypeError", e)
    await h.aclose()
    print(type(g).__name__, g.__name__, g.__qualname__)


asyncio.run(main())
