# R12: cancelling the awaiter of a shield leaves the shielded task running.
import asyncio


async def important():
    for i in range(3):
        await asyncio.sleep(0)
    print("important finished")
    return "saved"


async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise


async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("inner done yet:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
