# TaskGroup.create_task errors: before entering, after exit, while shutting down; entering twice.
import asyncio


async def noop():
    return None


async def fails():
    raise ValueError("x")


async def main():
    tg = asyncio.TaskGroup()
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    async with tg:
        tg.create_task(noop())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    late = []
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(fails())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    except ExceptionGroup as eg:
        print("group failed:", [repr(e) for e in eg.exceptions])
    c = noop()
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()


asyncio.run(main())
