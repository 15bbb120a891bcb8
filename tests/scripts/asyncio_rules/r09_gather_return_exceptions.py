# R9: with return_exceptions=True failures take their place in the result list.
import asyncio


async def ok(x):
    await asyncio.sleep(0)
    return x


async def fail(x):
    await asyncio.sleep(0)
    raise ValueError(x)


async def cancelled():
    raise asyncio.CancelledError("child")


async def main():
    r = await asyncio.gather(ok(1), fail("two"), ok(3), cancelled(), return_exceptions=True)
    print([type(x).__name__ + ":" + str(x) for x in r])


asyncio.run(main())
