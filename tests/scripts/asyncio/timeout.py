# asyncio.timeout / timeout_at / Timeout (3.11): expiry becomes TimeoutError from the
# CancelledError, reschedule, nesting, outside cancellation, and the error messages.
import asyncio


async def victim():
    async with asyncio.timeout(10):
        await asyncio.sleep(1)


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, e.__suppress_context__)
        print(cm.expired(), repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0)
    print(repr(cm))

    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit")

    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("reschedule(None) disarms", cm.expired())

    try:
        async with asyncio.timeout_at(0):
            print("entered past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline")

    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body saw CancelledError")
    print("swallowed", cm.expired(), repr(cm))

    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0)
        print("outer fine")
    except TimeoutError:
        print("outer timeout (wrong)")

    task = asyncio.create_task(victim())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("victim cancelled", task.cancelled())

    try:
        async with asyncio.timeout(1):
            raise ValueError("boom")
    except ValueError as e:
        print("ValueError", e)

    t = asyncio.Timeout(None)
    print(repr(t))
    for action in (lambda: t.reschedule(1),):
        try:
            action()
        except RuntimeError as e:
            print("RuntimeError", e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.timeout("x")
    except TypeError as e:
        print("TypeError", e)
    print(asyncio.current_task().cancelling())


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError", e)
