# Barrier.wait under asyncio.wait_for and asyncio.timeout: a waiter that times out leaves the
# barrier (n_waiting drops), and the barrier still works for the tasks that come later.
import asyncio


async def main():
    b = asyncio.Barrier(3)
    try:
        await asyncio.wait_for(b.wait(), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out; waiting", b.n_waiting, "broken", b.broken)
    try:
        async with asyncio.timeout(0.01):
            await b.wait()
    except TimeoutError:
        print("timeout block expired; waiting", b.n_waiting)

    async def member(name):
        index = await b.wait()
        return name, index

    results = await asyncio.gather(member("a"), member("b"), member("c"))
    print(results)
    # a waiter cancelled while others wait: the rest still need a full set
    t1 = asyncio.create_task(member("x"))
    t2 = asyncio.create_task(member("y"))
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    t1.cancel()
    await asyncio.sleep(0)
    print("after cancel", b.n_waiting, t1.cancelled())
    print(await asyncio.gather(t2, member("z"), member("w")))


asyncio.run(main())
