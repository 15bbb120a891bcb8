# wait_for: results, timeouts that fire and do not fire, cancellation of the inner task.
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow("fast", 0), 1))
    print(await asyncio.wait_for(slow("none", 0.01), None))
    try:
        await asyncio.wait_for(slow("too slow", 1), 0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow("zero", 1), 0)
    except TimeoutError:
        print("timeout 0")
    t = asyncio.create_task(slow("done task", 0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "future result")
    print(await asyncio.wait_for(fut, 1))
    outer = asyncio.create_task(asyncio.wait_for(slow("inner", 1), 5))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    for i in range(3):
        print(await asyncio.wait_for(asyncio.sleep(0, i), 10))


asyncio.run(main())
