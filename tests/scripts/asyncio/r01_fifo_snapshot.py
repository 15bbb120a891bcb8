# R1: call_soon is FIFO, and what a callback schedules runs in the next iteration.
import asyncio


def cb(loop, name, depth):
    print("run", name, depth)
    if depth < 2:
        loop.call_soon(cb, loop, name + "'", depth + 1)


async def main():
    loop = asyncio.get_running_loop()
    for name in "abc":
        loop.call_soon(cb, loop, name, 0)
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.sleep(0)
    print("main after two yields")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
