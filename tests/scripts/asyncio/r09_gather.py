# R9: gather makes tasks in argument order, returns results in argument order, shares one
# child for identical arguments, and resumes the parent two iterations after the last child.
import asyncio


async def child(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    t = asyncio.create_task(ticker(8))
    print(await asyncio.gather(child("a", 2), child("b", 0), child("c", 1)))
    await t
    same = asyncio.create_task(child("same", 0))
    print(await asyncio.gather(same, same, child("other", 0)))
    print("empty gather:", await asyncio.gather())
    print(await asyncio.gather(fails("x"), child("ok", 1), return_exceptions=True))
    try:
        await asyncio.gather(fails("first"), child("keeps running", 2))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
