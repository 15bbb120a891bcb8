# wait_for: result in time, timeout firing (inner cancelled), None timeout, zero timeout.
import asyncio


async def after(delay, v):
    try:
        await asyncio.sleep(delay)
        return v
    except asyncio.CancelledError:
        print("inner", v, "cancelled")
        raise


async def main():
    print(await asyncio.wait_for(after(0, "fast"), timeout=1))
    try:
        await asyncio.wait_for(after(10, "slow"), timeout=0.001)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), isinstance(e, TimeoutError))
    print(await asyncio.wait_for(after(0.001, "no timeout"), None))
    try:
        await asyncio.wait_for(after(10, "zero"), 0)
    except asyncio.TimeoutError:
        print("zero timeout raised TimeoutError")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done future")
    print(await asyncio.wait_for(fut, 0))
    t = asyncio.create_task(after(10, "task"))
    try:
        await asyncio.wait_for(t, 0.001)
    except asyncio.TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())


asyncio.run(main())
