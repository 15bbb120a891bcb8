# R5: a failed future wakes its task and the exception is raised at the await.
import asyncio


async def waiter(name, fut):
    try:
        await fut
    except Exception as e:
        print(name, "got", type(e).__name__, e)
        return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ws = [asyncio.create_task(waiter(n, fut)) for n in "abc"]
    await asyncio.sleep(0)
    loop.call_soon(print, "callback before failure")
    fut.set_exception(OSError(5, "io failed"))
    loop.call_soon(print, "callback after failure")
    print(await asyncio.gather(*ws))


asyncio.run(main())
