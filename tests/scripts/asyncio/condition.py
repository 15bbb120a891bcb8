# asyncio.Condition: wait/notify/notify_all and wait_for, errors on an unheld lock.
import asyncio


async def consumer(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "took", box.pop())


async def sleeper(cond, name):
    async with cond:
        print(name, "waits")
        r = await cond.wait()
        print(name, "notified", r)


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    tasks = [asyncio.create_task(sleeper(cond, f"s{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    box = []
    cs = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(2)]
    await asyncio.sleep(0)
    for item in ("x", "y"):
        async with cond:
            box.append(item)
            cond.notify_all()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    print(cond.locked())


asyncio.run(main())
