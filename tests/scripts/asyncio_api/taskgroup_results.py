# TaskGroup: results after exit, tasks added from inside tasks, names, and repr.
import asyncio


async def val(x, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    print("finished", x)
    return x


async def spawner(tg):
    tg.create_task(val("spawned", 1))
    return "spawner"


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(val("a", 2))
        b = tg.create_task(val("b", 0), name="bee")
        c = tg.create_task(spawner(tg))
        print("inside body")
    print(a.result(), b.result(), b.get_name(), c.result())
    print(repr(asyncio.TaskGroup()))
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")


asyncio.run(main())
