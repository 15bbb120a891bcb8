# anext() and aiter() with async generators and iterators, with and without a default.
import asyncio
async def agen(n):
    for i in range(n):
        yield i
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    g = agen(2)
    print(await anext(g), await anext(g), await anext(g, 'default'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    t = aiter(Ticker(3))
    print(await anext(t), await anext(t), await anext(t), await anext(t, None))
    print([x async for x in aiter(agen(3))])
    for bad in [lambda: anext(5), lambda: anext([1]), lambda: aiter(5), lambda: anext()]:
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    class BadAiter:
        def __aiter__(self):
            return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print('TypeError', e)
    g2 = agen(1)
    aw = anext(g2, 'x')
    print(type(aw).__name__ in ('anext_awaitable', 'async_generator_asend'), await aw, await anext(g2, 'x'))
asyncio.run(main())
