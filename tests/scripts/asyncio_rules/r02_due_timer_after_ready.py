# R2: when a timer becomes due, it runs after the callbacks that were already ready.
import asyncio


async def spinner(stop):
    n = 0
    while not stop.done():
        n += 1
        await asyncio.sleep(0)
    return n > 0


async def main():
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    loop.call_later(0.002, lambda: (print("timer fired"), stop.set_result(None)))
    t = asyncio.create_task(spinner(stop))
    await stop
    print("main sees stop; spinner still running:", not t.done())
    print("spinner ran:", await t)


asyncio.run(main())
