# shield: the inner task survives the cancellation of the waiter.
import asyncio


async def inner(gate=None):
    if gate is not None:
        await gate.wait()
    print("inner finished")
    return "inner result"


async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    gate = asyncio.Event()
    t = asyncio.create_task(inner(gate))
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled, t done?", t.done())
    gate.set()
    print(await t)
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(inner()))

    async def fails():
        raise ValueError("inside shield")

    try:
        await asyncio.shield(fails())
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
