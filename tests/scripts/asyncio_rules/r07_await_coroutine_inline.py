# R7: awaiting a coroutine runs it inline in the current task; no scheduling happens.
import asyncio


async def inner(depth):
    print("inner", depth, "task is main:", asyncio.current_task().get_name() == "main-task")
    if depth:
        return 1 + await inner(depth - 1)
    return 0


async def ticker():
    print("ticker ran")


async def main():
    asyncio.current_task().set_name("main-task")
    asyncio.create_task(ticker())
    print("total:", await inner(3))
    print("ticker not yet run")
    await asyncio.sleep(0)


asyncio.run(main())
