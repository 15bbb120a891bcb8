# R10: no hand-off: a coroutine that takes the item first leaves the woken getter waiting.
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print("consumer got", item)
        if item == "last":
            return


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("one")
    print("main took", q.get_nowait())
    await asyncio.sleep(0)
    print("consumer still waiting:", not c.done())
    q.put_nowait("two")
    q.put_nowait("last")
    await c


asyncio.run(main())
