# anext() with defaults over class-based async iterators whose __anext__ awaits, and errors inside.
import asyncio
class Slow:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if not self.items:
            raise StopAsyncIteration
        item = self.items.pop(0)
        if item == 'boom':
            raise ValueError('boom item')
        return item
async def main():
    it = Slow(['a', 'b'])
    print(await anext(it, 'end'), await anext(it, 'end'), await anext(it, 'end'), await anext(it, 'end'))
    bad = Slow(['boom'])
    try:
        await anext(bad, 'unused')
    except ValueError as e:
        print('ValueError', e)
    results = []
    async for x in Slow('xyz'):
        results.append(x)
    print(results)
    gen_values = []
    async def agen():
        yield 1
        await asyncio.sleep(0)
        yield 2
    g = agen()
    while (v := await anext(g, None)) is not None:
        gen_values.append(v)
    print(gen_values)
asyncio.run(main())
