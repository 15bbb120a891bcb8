# `async for` over an async generator call, left early inside a running event loop: CPython
# drops the generator there, and the loop's finalizer hook schedules its aclose() as a task,
# so the generator's finally runs a couple of loop iterations later. The ticker shows when.
import asyncio


async def agen(label, n=5):
    try:
        for i in range(n):
            print(label, "yields", i)
            yield i
            await asyncio.sleep(0)
    finally:
        print(label, "finally starts")
        await asyncio.sleep(0)
        print(label, "finally ends")


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def first_of(label):
    async for x in agen(label):
        if x == 1:
            return x
    return None


async def main():
    t = asyncio.create_task(ticker(8))
    await asyncio.sleep(0)
    print("-- break")
    async for x in agen("a"):
        print("got", x)
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("-- return")
    print("first_of", await first_of("b"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("-- exception")
    try:
        async for x in agen("c"):
            raise ValueError("in body")
    except ValueError as e:
        print("caught", e)
    await t
    print("-- exhausted normally")
    async for x in agen("d", 2):
        pass
    print("main done")


asyncio.run(main())
print("-- still suspended at shutdown: shutdown_asyncgens closes it")
kept = []


async def leave_running():
    g = agen("e")
    kept.append(g)
    await g.__anext__()
    print("main returns with e suspended")


asyncio.run(leave_running())
print("end")
