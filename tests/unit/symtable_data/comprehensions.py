data = [1, 2, 3]
squares = [x * x for x in data if x]
pairs = {(x, y) for x in data for y in range(x)}
table = {k: v for k, v in zip(data, data)}
lazy = (x + 1 for x in data)
total = [last := x for x in data]


def func(items, scale):
    found = [y for y in items if (hit := y * scale) > 1]
    nested = [[a + b for b in items] for a in items]
    lams = [lambda: i for i in items]
    return found, hit, nested, lams


async def agen(source):
    got = [x async for x in source]
    waited = [await x for x in source]
    stream = (await x for x in source)
    return got, waited, stream


def shadow(x):
    return [x for x in x]
