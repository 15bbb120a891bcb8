# An exception escaping an async generator, driven by hand, shows its frames.
async def failing():
    yield 1
    raise ValueError("inside the async generator")

async def consumer():
    async for x in failing():
        print("got", x)

coro = consumer()
coro.send(None)
