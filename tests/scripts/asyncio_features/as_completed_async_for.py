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


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("slow", 0.15)),
        asyncio.create_task(job("fast", 0.05)),
        asyncio.create_task(job("broken", 0.1, fail=True)),
    ]
    # async for yields the very tasks given, in completion order
    async for t in as_completed(tasks):
        print("done:", tasks.index(t), t.done(), t.exception() or t.result())
    # futures too
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    loop.call_later(0.1, futs[0].set_result, "f0")
    loop.call_later(0.05, futs[2].set_result, "f2")
    loop.call_later(0.15, futs[1].cancel)
    async for f in as_completed(futs):
        print("future", futs.index(f), "cancelled" if f.cancelled() else f.result())
    # empty input: no iterations
    async for f in as_completed([]):
        print("never")
    print("empty done")


asyncio.run(main())
