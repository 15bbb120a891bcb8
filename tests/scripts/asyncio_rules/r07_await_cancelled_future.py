# R7: awaiting a future that is already cancelled raises CancelledError at once.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.cancel("gone")
    loop.call_soon(print, "callback (runs later)")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    failed = loop.create_future()
    failed.set_exception(ValueError("bad"))
    try:
        await failed
    except ValueError as e:
        print("ValueError", e)
    print("no hop happened")
    await asyncio.sleep(0)


asyncio.run(main())
