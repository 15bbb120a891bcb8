# R2: timers run in deadline order; a deadline in the past still waits for the ready callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    done = loop.create_future()
    loop.call_at(now + 0.003, print, "at +3ms")
    loop.call_at(now + 0.001, print, "at +1ms")
    loop.call_at(now - 1, print, "at -1s")
    loop.call_at(now + 0.002, print, "at +2ms")
    loop.call_soon(print, "soon")
    loop.call_at(now + 0.004, done.set_result, "all timers ran")
    print(await done)


asyncio.run(main())
