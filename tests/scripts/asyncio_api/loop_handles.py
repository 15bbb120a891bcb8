# Handle/TimerHandle: cancel, cancelled(), when(), and handles that never run.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "soon runs")
    c = loop.call_soon(print, "never")
    c.cancel()
    print(type(h).__name__, h.cancelled(), c.cancelled())
    now = loop.time()
    th = loop.call_at(now + 100, print, "never either")
    print(type(th).__name__, th.when() == now + 100)
    th.cancel()
    th.cancel()
    print("timer cancelled:", th.cancelled())
    tl = loop.call_later(0.001, print, "later runs")
    print("call_later when in future:", tl.when() >= now)
    await asyncio.sleep(0.002)
    print("after run, cancelled:", tl.cancelled(), h.cancelled())


asyncio.run(main())
