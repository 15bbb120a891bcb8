# R9: the first failure finishes the outer future; the other children keep running.
import asyncio


async def worker(name, hops, fail=False):
    for i in range(hops):
        await asyncio.sleep(0)
    if fail:
        print(name, "raises")
        raise RuntimeError(name)
    print(name, "finishes")
    return name


async def main():
    a = worker("a", 1, fail=True)
    b = worker("b", 4)
    try:
        await asyncio.gather(a, b)
    except RuntimeError as e:
        print("gather raised", e)
    print("b still running:", [t.get_coro().__name__ for t in asyncio.all_tasks() if t is not asyncio.current_task()])
    for _ in range(5):
        await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
