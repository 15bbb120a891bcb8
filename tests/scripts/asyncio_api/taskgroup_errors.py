# TaskGroup: several failures become an ExceptionGroup; siblings are cancelled.
import asyncio


async def fail(exc, hops=0):
    for _ in range(hops):
        await asyncio.sleep(0)
    raise exc


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v"), 1))
            tg.create_task(fail(KeyError("k"), 1))
            tg.create_task(sleeper("s"))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print([repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(OSError("only")))
    except* OSError as eg:
        print("except* got", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("body"))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except BaseExceptionGroup as eg:
        print("body error:", type(eg).__name__, str(eg), [repr(e) for e in eg.exceptions])
    except RuntimeError as e:
        print("plain RuntimeError", e)


asyncio.run(main())
