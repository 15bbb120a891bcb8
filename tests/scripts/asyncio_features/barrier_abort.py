# abort() breaks the barrier: waiters get BrokenBarrierError("Abort or reset of barrier"),
# later arrivals BrokenBarrierError("Barrier aborted"); reset() mends it.
import asyncio


async def waiter(b, name):
    try:
        print(name, "got", await b.wait())
    except asyncio.BrokenBarrierError as e:
        print(name, type(e).__name__, repr(str(e)), "broken", b.broken)


async def main():
    b = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(b, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    await b.abort()
    print("aborted", b.broken, repr(b)[repr(b).index("[") :])
    await asyncio.gather(*tasks)
    await waiter(b, "late")
    await b.reset()
    print("after reset", b.broken, b.n_waiting, repr(b)[repr(b).index("[") :])
    tasks = [asyncio.create_task(waiter(b, n)) for n in ("x", "y", "z")]
    await asyncio.gather(*tasks)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError), asyncio.BrokenBarrierError.__module__)


asyncio.run(main())
