# Task repr in each state (the coroutine part is dropped: it contains an address).
import asyncio


async def slow():
    await asyncio.sleep(10)


async def ok():
    return [1, 2]


async def bad():
    raise ValueError("no")


def short(t):
    r = repr(t)
    return r.split(" coro=")[0] + ">" if " coro=" in r else r


async def main():
    p = asyncio.create_task(slow(), name="P")
    print(short(p))
    o = asyncio.create_task(ok(), name="O")
    b = asyncio.create_task(bad(), name="B")
    print(short(o))
    await asyncio.sleep(0)
    print(short(o))
    print(repr(o).endswith("result=[1, 2]>"), repr(b).endswith("exception=ValueError('no')>"))
    p.cancel()
    print(short(p))
    await asyncio.sleep(0)
    print(short(p))
    print(short(asyncio.current_task()))


asyncio.run(main())
