# Cancelling a task blocked in Barrier.wait(): it leaves, the count drops, others still meet.
import asyncio


async def waiter(b, name):
    try:
        print(name, "index", await b.wait())
    except asyncio.CancelledError:
        print(name, "cancelled, waiting now", b.n_waiting)
        raise


async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(waiter(b, "victim"))
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("victim done, cancelled:", t.cancelled())
    print("after cancel", b.n_waiting, repr(b)[repr(b).index("[") :])
    await asyncio.gather(waiter(b, "x"), waiter(b, "y"))
    print("end", b.n_waiting, b.broken)


asyncio.run(main())
