# R8 with timeout(): rescheduling a pending deadline moves when the CancelledError arrives.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        cm.reschedule(loop.time() + 20)
        await asyncio.sleep(0.001)
    print("survived, expired:", cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(0)
            cm.reschedule(loop.time() + 0.001)
            await asyncio.sleep(10)
    except TimeoutError:
        print("rescheduled deadline fired, expired:", cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            print("body runs before the zero timeout fires")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("zero timeout fired at the first await")


asyncio.run(main())
