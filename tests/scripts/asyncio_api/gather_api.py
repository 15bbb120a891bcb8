# gather: results, return_exceptions, mixing futures and coroutines, and argument errors.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def err(e):
    raise e


async def main():
    print(await asyncio.gather(val(1), val(2)))
    print(await asyncio.gather(*[val(i) for i in range(5)]))
    try:
        await asyncio.gather(val(1), err(KeyError("k")), err(OSError("o")))
    except Exception as e:
        print(type(e).__name__, e)
    r = await asyncio.gather(err(ZeroDivisionError("z")), val("v"), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        asyncio.gather(1)
    except TypeError as e:
        print("TypeError", e)
    g = asyncio.gather()
    print(type(g).__name__, g.done(), g.result())
    await asyncio.sleep(0)


asyncio.run(main())
