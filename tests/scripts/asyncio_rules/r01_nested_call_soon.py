# R1: callbacks scheduled while an iteration runs wait for the next one, at the back of the queue.
import asyncio

log = []


def cb(name, depth):
    log.append(name)
    if depth:
        asyncio.get_running_loop().call_soon(cb, name + "'", depth - 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a", 2)
    loop.call_soon(cb, "b", 1)
    loop.call_soon(cb, "c", 0)
    for i in range(4):
        await asyncio.sleep(0)
        log.append(f"main {i}")
    print(log)


asyncio.run(main())
