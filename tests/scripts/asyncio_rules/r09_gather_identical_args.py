# R9: the same coroutine object or future passed twice to gather is one child.
import asyncio


async def once(name):
    print("running", name)
    await asyncio.sleep(0)
    return name


async def main():
    c = once("shared")
    print(await asyncio.gather(c, once("other"), c))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "f")
    print(await asyncio.gather(f, f, f))
    t = asyncio.create_task(once("task"))
    print(await asyncio.gather(t, t))


asyncio.run(main())
