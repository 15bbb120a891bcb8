# R4: what each step outcome leaves in the task: a result, an exception, or cancellation.
import asyncio


async def returns():
    await asyncio.sleep(0)
    return "value"


async def raises():
    await asyncio.sleep(0)
    raise LookupError("lost")


async def cancels_itself():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("self")


async def main():
    tasks = [asyncio.create_task(c()) for c in (returns, raises, cancels_itself)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for t in tasks:
        print(t.get_coro().__name__, t.done(), t.cancelled())
        if t.cancelled():
            try:
                t.result()
            except asyncio.CancelledError as e:
                print("  result raised CancelledError", e.args)
        elif t.exception() is not None:
            print("  exception", repr(t.exception()))
        else:
            print("  result", t.result())


asyncio.run(main())
