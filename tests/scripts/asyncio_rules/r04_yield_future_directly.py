# R4: __await__ that yields a pending future (blocking flag set by the future's own __await__)
# suspends the task until the future is done.
import asyncio


class Wrapper:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        print("wrapper yields the future")
        value = yield from self.fut.__await__()
        print("wrapper got", value)
        return value * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(print, "setting result")
    loop.call_soon(fut.set_result, 21)
    print("main:", await Wrapper(fut))
    print("blocking flag after done:", fut._asyncio_future_blocking)


asyncio.run(main())
