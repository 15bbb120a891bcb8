# create_task(context=...), loop.create_task(context=...) and Task(context=...): the given
# Context is used as is, so tasks sharing one see each other's changes.
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)


async def bump(tag, times):
    for _ in range(times):
        counter.set(counter.get() + 1)
        print(tag, counter.get())
        await asyncio.sleep(0)
    return counter.get()


async def main():
    shared = contextvars.Context()
    t1 = asyncio.create_task(bump("a", 3), context=shared)
    t2 = asyncio.create_task(bump("b", 3), context=shared)
    print(await asyncio.gather(t1, t2), shared[counter], counter.get())

    loop = asyncio.get_running_loop()
    other = contextvars.copy_context()
    t3 = loop.create_task(bump("c", 2), context=other)
    t4 = asyncio.Task(bump("d", 2), context=other)
    print(await t3, await t4, other[counter])

    # None means: a copy of the current context
    counter.set(100)
    t5 = asyncio.create_task(bump("e", 1), context=None)
    print(await t5, counter.get())

    # a context already entered by a running task cannot run another task at the same time
    async def holds():
        await asyncio.sleep(0)
        return "held"

    solo = contextvars.copy_context()
    print(await asyncio.create_task(holds(), context=solo))
    print(solo.run(counter.get))


asyncio.run(main())
