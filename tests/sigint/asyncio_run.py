# sigint-stderr: last-line
# SIGINT during asyncio.run: the main task is cancelled (its finally runs, background tasks are
# cancelled at shutdown) and asyncio.run raises KeyboardInterrupt, which ends the process.
import asyncio


async def background():
    try:
        await asyncio.sleep(3600)
    finally:
        print("background finally")


async def main():
    t = asyncio.create_task(background())
    try:
        print("ready", flush=True)
        await asyncio.sleep(3600)
    finally:
        print("main finally, cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
