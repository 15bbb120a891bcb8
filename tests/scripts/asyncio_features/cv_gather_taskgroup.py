# Context inheritance through gather, TaskGroup, wait_for, timeout and shield: every child
# task starts from a copy of the context at the moment it was created.
import asyncio
import contextvars

trace = contextvars.ContextVar("trace", default=())


def push(label):
    trace.set(trace.get() + (label,))


async def child(label):
    push(label)
    await asyncio.sleep(0)
    return trace.get()


async def main():
    push("main")
    print(await asyncio.gather(child("g1"), child("g2")))
    print("main still", trace.get())

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("tg1"))
        push("between")
        t2 = tg.create_task(child("tg2"))
    print(t1.result(), t2.result())
    print("main now", trace.get())

    print(await asyncio.wait_for(child("wait_for"), timeout=10))
    async with asyncio.timeout(10):
        print(await child("in timeout"))
    print("after timeout block", trace.get())
    print(await asyncio.shield(child("shielded")))

    done, pending = await asyncio.wait([asyncio.create_task(child("waited"))])
    print([t.result() for t in done], len(pending))

    ctx = contextvars.copy_context()
    tg_task = None
    async with asyncio.TaskGroup() as tg:
        tg_task = tg.create_task(child("tg ctx"), context=ctx)
    print(tg_task.result(), ctx[trace])


asyncio.run(main())
print("outside", trace.get())
