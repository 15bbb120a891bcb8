# R2: call_later(0) goes through the timer heap, so it runs after callbacks already ready.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later 0 (a)")
    loop.call_soon(print, "soon 1")
    loop.call_later(0, print, "later 0 (b)")
    loop.call_soon(print, "soon 2")
    loop.call_later(-5, print, "later -5")
    loop.call_soon(lambda: loop.call_soon(print, "soon from soon"))
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, None)
    await fut
    print("main resumed")


asyncio.run(main())
