# create_task(name=...), get_name/set_name, default names count upward.
import asyncio


async def noop():
    return asyncio.current_task().get_name()


async def main():
    base = int(asyncio.current_task().get_name().split("-")[1])
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="custom")
    t3 = asyncio.create_task(noop(), name=None)
    t4 = asyncio.get_running_loop().create_task(noop(), name=123)
    print(int(t1.get_name().split("-")[1]) - base, t2.get_name(), int(t3.get_name().split("-")[1]) - base, repr(t4.get_name()))
    t2.set_name(("a", 1))
    print(repr(t2.get_name()))
    print(await t1 == t1.get_name(), await t2, await t4)
    await t3


asyncio.run(main())
