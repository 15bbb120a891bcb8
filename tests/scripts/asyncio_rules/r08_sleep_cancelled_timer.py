# R8: cancelling a sleeping task cancels its timer; the sleep's finally sees CancelledError.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        return "stopped early"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    start = loop.time()
    t.cancel()
    print(await t)
    print("fast:", loop.time() - start < 5)


asyncio.run(main())
