# R4: what a task does with each outcome of a step: return, raise, CancelledError, a bare
# yield, a blocking future, and bad yields.
import asyncio


class BareYield:
    def __await__(self):
        print("  bare yield")
        yield
        return "after bare yield"


class BadYield:
    def __await__(self):
        yield 42


class UnblockedFuture:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        yield self.fut


async def returns():
    return 1


async def raises():
    raise ValueError("boom")


async def cancels():
    raise asyncio.CancelledError("by itself")


async def bare():
    return await BareYield()


async def bad():
    await BadYield()


async def unblocked(fut):
    await UnblockedFuture(fut)


async def main():
    loop = asyncio.get_running_loop()
    for coro in (returns(), raises(), cancels(), bare(), bad(), unblocked(loop.create_future())):
        t = asyncio.create_task(coro)
        try:
            print("result:", await t)
        except asyncio.CancelledError as e:
            print("cancelled:", repr(e), t.cancelled())
        except Exception as e:
            print(type(e).__name__ + ":", str(e).split(" in task")[0].split(" with")[0])


asyncio.run(main())
