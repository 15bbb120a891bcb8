def gen(n):
    yield n
    yield from range(n)


async def coro(t):
    await t
    return 1


async def agen():
    yield 1


def uses_lambda_yield():
    return lambda: (yield)


async def nested_async():
    async def inner():
        async with open() as f:
            async for line in f:
                yield line
    return inner
