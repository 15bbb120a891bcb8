# Task: names, coroutines, current_task, all_tasks, set_result refused, reprs.
import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print(me.get_name(), type(me).__name__, me.get_coro().__name__)
    t = asyncio.create_task(child())
    u = asyncio.create_task(child(), name="custom")
    v = asyncio.get_running_loop().create_task(child(), name=42)
    print(t.get_name(), u.get_name(), v.get_name())
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    print(await t, await u, await v)
    t.set_name("renamed")
    print(t.get_name(), len(asyncio.all_tasks()))
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError", e)
    print(t.done(), t.result(), t.exception(), t.cancelled())
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError", e)
    print(asyncio.iscoroutine(child), asyncio.iscoroutinefunction(child),
          asyncio.iscoroutinefunction(print))
    c = child()
    print(asyncio.iscoroutine(c))
    await c
    w = asyncio.create_task(asyncio.sleep(0, "sleep as a task"))
    print(await w)


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
c = asyncio.sleep(0)
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
