# ensure_future on coroutines, futures, tasks and awaitables; errors for other values.
import asyncio


class Awaitable:
    def __await__(self):
        yield
        return "from __await__"


async def coro():
    return "coro"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    f = loop.create_future()
    print("future returned as is:", asyncio.ensure_future(f) is f)
    print("task returned as is:", asyncio.ensure_future(t) is t)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    f.set_result(None)
    for bad in (1, "s", None, print):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError", e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print("ValueError", e)
    other.close()


asyncio.run(main())
