# ensure_future: futures pass through, coroutines and awaitables become tasks.
import asyncio


class Awaitable:
    def __await__(self):
        yield
        return "from __await__"


async def coro():
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError", e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print("ValueError", e)
    other.close()


asyncio.run(main())
