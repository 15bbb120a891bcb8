# async with: __aenter__/__aexit__ order, suppression, exceptions, and errors for bad objects.
import asyncio


class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await asyncio.sleep(0)
        return self.suppress


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", suppress=True):
        raise KeyError("suppressed")
    try:
        async with CM("p"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", e)
    try:
        async with Sync():
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
