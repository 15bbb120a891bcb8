# R13: an exception escaping main propagates out of asyncio.run to the caller.
import asyncio
import sys


async def helper():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    print("main starts")
    await helper()


try:
    asyncio.run(main())
except KeyError as e:
    print("raised", repr(e))
    sys.exit(1)
