# reset() while tasks wait: they get BrokenBarrierError and the barrier refills once they left.
import asyncio


async def waiter(b, name):
    try:
        index = await b.wait()
        print(name, "passed", index)
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", e)


async def main():
    b = asyncio.Barrier(3)
    first = [asyncio.create_task(waiter(b, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("before reset", b.n_waiting, repr(b)[repr(b).index("[") :])
    await b.reset()
    print("resetting", b.n_waiting, repr(b)[repr(b).index("[") :], b.broken)
    # a task arriving while the barrier resets waits for the reset to finish
    late = asyncio.create_task(waiter(b, "c"))
    await asyncio.gather(*first)
    print("after first", b.n_waiting, repr(b)[repr(b).index("[") :])
    more = [asyncio.create_task(waiter(b, n)) for n in ("d", "e")]
    await asyncio.gather(late, *more)
    print("end", b.n_waiting, repr(b)[repr(b).index("[") :])
    # reset with nobody waiting just refills
    await b.reset()
    print("idle reset", repr(b)[repr(b).index("[") :])


asyncio.run(main())
