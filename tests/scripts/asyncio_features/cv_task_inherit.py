# Each task runs in a copy of its creator's context: it sees the values set before
# create_task, and what it sets stays in its own copy across awaits.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def worker(tag):
    print(tag, "starts with", request.get())
    request.set(tag)
    await asyncio.sleep(0)
    print(tag, "after sleep", request.get())
    await asyncio.sleep(0.01)
    print(tag, "after timer", request.get())
    return request.get()


async def main():
    request.set("main-1")
    t1 = asyncio.create_task(worker("w1"))
    request.set("main-2")
    t2 = asyncio.create_task(worker("w2"))
    request.set("main-3")
    print("main before await", request.get())
    print(await asyncio.gather(t1, t2))
    print("main after", request.get())

    # a coroutine awaited directly runs in the caller's context and can change it
    async def direct():
        request.set("set by direct")

    await direct()
    print("main after direct", request.get())

    # a task's context is a snapshot taken when it was created
    async def nested():
        inner = asyncio.create_task(worker("inner"))
        request.set("nested changed")
        await inner
        return request.get()

    print(await asyncio.create_task(nested()))
    print("main end", request.get())


request.set("outside")
asyncio.run(main())
print("after run", request.get())
