# wait: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION and timeout; done/pending sets.
import asyncio


async def after(hops, value, fail=False):
    for _ in range(hops):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(value)
    return value


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = lambda n, h, fail=False: asyncio.create_task(after(h, n, fail), name=n)
    done, pending = await asyncio.wait({mk("a", 1), mk("b", 3)})
    print("ALL", names(done), names(pending))
    ts = {mk("c", 1), mk("d", 4)}
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    await asyncio.wait(pending)
    ts = {mk("e", 1, True), mk("f", 5), mk("g", 0)}
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    await asyncio.wait(pending)
    ts = {mk("h", 0), mk("i", 0)}
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without one", names(done), names(pending))
    slow = asyncio.create_task(asyncio.sleep(10), name="slow")
    j = mk("j", 0)
    await asyncio.sleep(0)
    done, pending = await asyncio.wait({slow, j}, timeout=0.01)
    print("timeout", names(done), names(pending))
    slow.cancel()
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
