# R6: completing a future schedules each done-callback with call_soon, in registration order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for name in "abc":
        fut.add_done_callback(lambda f, n=name: print("callback", n, f.result()))
    loop.call_soon(print, "queued before completion")
    fut.set_result(7)
    print("set_result returned, nothing called yet")
    loop.call_soon(print, "queued after completion")
    fut.add_done_callback(lambda f: print("added after done"))
    await asyncio.sleep(0)
    print("main after one iteration")


asyncio.run(main())
