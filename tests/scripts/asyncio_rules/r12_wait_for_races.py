# R12 with wait_for: the inner result wins when it is ready before the timeout fires.
import asyncio


async def quick():
    await asyncio.sleep(0)
    return "quick"


async def main():
    print(await asyncio.wait_for(quick(), 0.05))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "set by callback")
    print(await asyncio.wait_for(fut, 0.05))
    fut2 = loop.create_future()
    try:
        await asyncio.wait_for(fut2, 0.001)
    except TimeoutError:
        print("timed out; inner future cancelled:", fut2.cancelled())


asyncio.run(main())
