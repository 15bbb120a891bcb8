# iscoroutine / iscoroutinefunction / isfuture on many kinds of objects.
import asyncio


async def cf():
    pass


def plain():
    pass


async def agen():
    yield 1


def gen():
    yield 1


class C:
    async def m(self):
        pass


async def main():
    c = cf()
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(cf())
    for name, obj in [("coro", c), ("coro fn", cf), ("plain fn", plain), ("agen fn", agen),
                      ("agen obj", agen()), ("gen fn", gen), ("gen obj", gen()),
                      ("method", C().m), ("future", f), ("task", t), ("int", 1)]:
        print(name, asyncio.iscoroutine(obj), asyncio.iscoroutinefunction(obj), asyncio.isfuture(obj))
    await c
    await t
    print(asyncio.isfuture(asyncio.Future), asyncio.iscoroutinefunction(C.m))


asyncio.run(main())
