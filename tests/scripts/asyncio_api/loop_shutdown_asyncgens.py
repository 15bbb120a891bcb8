# loop.shutdown_asyncgens closes async generators that the loop saw start.
import asyncio


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "closed")


loop = asyncio.new_event_loop()
g = agen("g")


async def first():
    return await g.__anext__()


print(loop.run_until_complete(first()))
print("shutting down")
loop.run_until_complete(loop.shutdown_asyncgens())
print("done")
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
