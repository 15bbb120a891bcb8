# R2: ready callbacks run before timers that just became due; call_later(0) goes through the
# timer heap, so it runs after call_soon callbacks scheduled in the same iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later 0 (first)")
    loop.call_soon(print, "soon 1")
    loop.call_later(0, print, "later 0 (second)")
    loop.call_soon(print, "soon 2")
    loop.call_at(loop.time() - 1, print, "call_at in the past")
    await asyncio.sleep(0)
    print("main resumed")
    loop.call_later(0.01, print, "later 0.01")
    loop.call_later(0.02, print, "later 0.02")
    loop.call_later(0.005, print, "later 0.005")
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
