# SIGINT while the main task loops through sleep(0): cancelled at its next await.
import asyncio


async def main():
    print("ready", flush=True)
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled in the loop")
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
