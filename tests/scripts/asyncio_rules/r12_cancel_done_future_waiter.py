# R12: cancel while the awaited future is already done but the wakeup is pending: the task
# still sees CancelledError at its await.
import asyncio


async def waiter(fut):
    try:
        v = await fut
        print("waiter got", v)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("cancel ->", t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled(), "future result:", fut.result())


asyncio.run(main())
