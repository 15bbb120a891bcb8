# SIGINT during asyncio.run, caught around asyncio.run: KeyboardInterrupt whose context is the
# main task's CancelledError.
import asyncio


async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("main cancelled")
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt from asyncio.run", type(e.__context__).__name__)
print("done")
