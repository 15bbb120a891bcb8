# An exception in main propagates out of asyncio.run with a traceback, exit code 1.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("bad value")


async def main():
    print("main starts")
    await inner()


try:
    asyncio.run(main())
except ValueError as e:
    print("asyncio.run raised", repr(e))
