# contextlib.asynccontextmanager: enter/exit, exceptions into the generator, suppression.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        print("cm saw", repr(e))
    finally:
        print("close", name)


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b"):
        raise KeyError("swallowed")
    print("after swallowed")
    try:
        async with resource("c"):
            raise ValueError("passes")
    except ValueError as e:
        print("ValueError", e)
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
