# The main task swallows the cancellation SIGINT caused and returns: asyncio.run returns its
# value, no KeyboardInterrupt.
import asyncio


async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("cancel swallowed")
    await asyncio.sleep(0)
    return "normal return"


print(asyncio.run(main()))
