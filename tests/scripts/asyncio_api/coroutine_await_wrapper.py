# coroutine.__await__(): an iterator that next(), send(), throw() and `yield from` drive.
import asyncio


async def adder():
    total = 0
    while True:
        value = await Receive()
        if value is None:
            return total
        total += value


class Receive:
    def __await__(self):
        return (yield "ready")


class ViaYieldFrom:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        result = yield from self.coro.__await__()
        return ("wrapped", result)


async def simple(x):
    await asyncio.sleep(0)
    return x


async def main():
    w = adder().__await__()
    print(type(w).__name__, iter(w) is w)
    print(next(w), w.send(2), w.send(3))
    try:
        w.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    w2 = adder().__await__()
    next(w2)
    try:
        w2.throw(KeyError("thrown"))
    except KeyError as e:
        print("KeyError", e)
    w3 = adder().__await__()
    next(w3)
    print("close ->", w3.close())
    print(await ViaYieldFrom(simple("inner")))
    print(await ViaYieldFrom(asyncio.sleep(0, "sleep result")))


asyncio.run(main())
