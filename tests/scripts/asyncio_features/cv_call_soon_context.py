# loop.call_soon / call_later / call_at run their callback in a copy of the caller's context,
# or in the context= given.
import asyncio
import contextvars

tag = contextvars.ContextVar("tag", default="-")


def callback(label):
    print(label, "sees", tag.get())
    tag.set("changed by " + label)


async def main():
    loop = asyncio.get_running_loop()
    tag.set("main")
    loop.call_soon(callback, "soon")
    tag.set("main again")
    loop.call_soon(callback, "soon 2")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main sees", tag.get())

    ctx = contextvars.Context()
    ctx.run(tag.set, "from ctx")
    loop.call_soon(callback, "explicit", context=ctx)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("ctx now", ctx[tag])

    done = loop.create_future()
    loop.call_later(0.01, callback, "later", context=ctx)
    loop.call_at(loop.time() + 0.02, callback, "at")
    loop.call_later(0.03, done.set_result, None)
    await done
    print("ctx finally", ctx[tag], "main", tag.get())

    h = loop.call_soon(callback, "cancelled", context=ctx)
    h.cancel()
    await asyncio.sleep(0)
    print("handle cancelled", h.cancelled())


asyncio.run(main())
