# asyncio.timeout: expiring, not expiring, None, reschedule, expired(), when(), and errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("TimeoutError", repr(e), "expired:", cm.expired())
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0)
    print("not expired:", cm.expired(), "when set:", cm.when() is not None)
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when())
        cm.reschedule(loop.time() + 10)
        print("rescheduled:", cm.when() > loop.time())
        cm.reschedule(None)
        print("back to None:", cm.when())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("past deadline expires at next await:", cm.expired())
    try:
        async with asyncio.timeout(0.001):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError:
        print("outer sees TimeoutError")
    try:
        async with asyncio.timeout(0.001):
            raise KeyError("own error")
    except KeyError as e:
        print("own error passes:", e)
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        t.expired()
        print("expired before entering:", t.expired())
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
