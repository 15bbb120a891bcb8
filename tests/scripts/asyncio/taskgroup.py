# asyncio.TaskGroup (3.11): results, the first failure cancelling siblings and the parent,
# ExceptionGroup contents, the body failing, outside cancellation, and the misuse errors.
import asyncio


async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise fail
    print(f"{name} done")
    return name


def show(eg):
    print(type(eg).__name__, eg.message, [f"{type(e).__name__}({e})" for e in eg.exceptions])


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(work("a", 0.01))
        b = tg.create_task(work("b", 0), name="bee")
        print(repr(tg), b.get_name())
    print("results", a.result(), b.result(), repr(tg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 1))
            tg.create_task(work("bad", 0, ValueError("v")))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        show(eg)
        print(eg.__cause__, eg.__suppress_context__)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0, KeyError("k")))
            tg.create_task(work("y", 0, TypeError("t")))
            tg.create_task(work("z", 1))
    except* KeyError as eg:
        show(eg)
    except* TypeError as eg:
        show(eg)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("child", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        show(eg)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("c1", 0, OSError("o")))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    except ExceptionGroup as eg:
        show(eg)

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("inner", 1))
            await asyncio.sleep(1)

    t = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled", t.cancelled())

    async def waiter_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("w", 1))

    t = asyncio.create_task(waiter_group())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled while exiting", t.cancelled())

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(work("o1", 1))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(work("i1", 0, ValueError("inner")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, [type(e).__name__ for e in eg.exceptions])
        show(eg.exceptions[0])

    tg = asyncio.TaskGroup()
    coro = work("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    async with tg:
        pass
    coro = work("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    async with asyncio.TaskGroup() as tg:
        try:
            tg.create_task(42)
        except TypeError as e:
            print("TypeError", e)
    print("current cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
