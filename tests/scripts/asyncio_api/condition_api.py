# Condition: wait/notify need the lock, wait_for predicate, shared lock, errors.
import asyncio


async def main():
    cond = asyncio.Condition()
    for name, call in (("notify", lambda: cond.notify()), ("notify_all", cond.notify_all)):
        try:
            call()
        except RuntimeError as e:
            print(name, "RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait RuntimeError", e)
    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0)
            async with cond:
                state["n"] += 1
                cond.notify_all()

    t = asyncio.create_task(bump())
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= 2)
        print("wait_for ->", r, state["n"], cond.locked())
    await t
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock held:", lock.locked())
    print(repr(cond).endswith("[unlocked]>"))


asyncio.run(main())
