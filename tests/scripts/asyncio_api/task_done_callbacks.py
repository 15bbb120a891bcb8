# Task.add_done_callback / remove_done_callback, with extra context argument errors.
import asyncio


async def work():
    await asyncio.sleep(0)
    return 5


def cb(t):
    print("callback: result", t.result(), "done", t.done())


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(cb)
    t.add_done_callback(lambda t: print("lambda callback"))
    t.add_done_callback(cb)
    print("removed:", t.remove_done_callback(cb))
    t.add_done_callback(cb)
    await t
    await asyncio.sleep(0)
    try:
        t.add_done_callback()
    except TypeError as e:
        print("TypeError", e)
    t.add_done_callback(cb)
    await asyncio.sleep(0)
    print("remove unknown:", t.remove_done_callback(print))


asyncio.run(main())
