# Future.add_done_callback runs the callback in a copy of the context current when it was
# added, or in context=; Task done-callbacks too.
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")


def on_done(fut):
    print("callback sees", who.get(), "result", fut.result())
    who.set("callback")


async def job():
    who.set("job")
    await asyncio.sleep(0)
    return 7


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    who.set("adder")
    fut.add_done_callback(on_done)
    who.set("setter")
    fut.set_result(1)
    await asyncio.sleep(0)
    print("main sees", who.get())

    ctx = contextvars.Context()
    ctx.run(who.set, "explicit")
    fut2 = loop.create_future()
    fut2.add_done_callback(on_done, context=ctx)
    fut2.set_result(2)
    await asyncio.sleep(0)
    print("ctx", ctx[who])

    # added after the future is done: scheduled at once, in the adder's context
    who.set("late adder")
    fut2.add_done_callback(on_done)
    await asyncio.sleep(0)

    task = asyncio.create_task(job())
    who.set("task adder")
    task.add_done_callback(on_done)
    print("awaited", await task, who.get())
    await asyncio.sleep(0)

    fut3 = loop.create_future()
    fut3.add_done_callback(on_done, context=ctx)
    print("removed", fut3.remove_done_callback(on_done))
    fut3.set_result(3)
    await asyncio.sleep(0)
    print("end", who.get())


asyncio.run(main())
