# `async for` over asyncio.as_completed() is new in Python 3.13, and the expected output of
# this script is written by CPython 3.11. So on CPython before 3.13 the helper module
# _as_completed_ref supplies as_completed as 3.13's Lib/asyncio/tasks.py defines it; coil and
# CPython 3.13 use their own asyncio.as_completed, and all three print the same.
import asyncio
import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 13):
    from _as_completed_ref import as_completed
else:
    from asyncio import as_completed


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    # coroutines are wrapped in tasks, which async for yields
    seen = []
    async for t in as_completed([job("b", 0.1), job("a", 0.05), job("c", 0.15)]):
        seen.append((type(t).__name__, await t))
    print(seen)

    # a timeout ends the async for with TimeoutError
    slow = asyncio.create_task(job("slow", 1))
    quick = asyncio.create_task(job("quick", 0.05))
    got = []
    try:
        async for t in as_completed([slow, quick], timeout=0.3):
            got.append(t.result())
    except TimeoutError as e:
        print("TimeoutError after", got, type(e).__name__)
    print("slow still running:", not slow.done())
    slow.cancel()

    # the same object can be iterated both ways: next() gives coroutines that resolve
    it = as_completed([job("x", 0.1), job("y", 0.05)])
    first = next(it)
    print("plain first:", await first)
    async for t in it:
        print("async rest:", t.result())
    print(next(it, "exhausted"))

    # duplicates count once
    dup = asyncio.create_task(job("dup", 0.05))
    print([t.result() async for t in as_completed([dup, dup, dup])])


asyncio.run(main())
