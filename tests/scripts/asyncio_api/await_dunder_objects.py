# Awaiting objects with __await__: generator-based, returning values, raising, and bad ones.
import asyncio


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v


class Raises:
    def __await__(self):
        raise KeyError("in __await__")
        yield


class NotIterator:
    def __await__(self):
        return 5


class Plain:
    pass


async def main():
    print(await Value("v"))
    print(await asyncio.gather(Value(1), Value(2)))
    t = asyncio.ensure_future(Value("task"))
    print(await t)
    try:
        await Raises()
    except KeyError as e:
        print("KeyError", e)
    for obj in (NotIterator(), Plain(), 5):
        try:
            await obj
        except TypeError as e:
            print("TypeError", e)


asyncio.run(main())
