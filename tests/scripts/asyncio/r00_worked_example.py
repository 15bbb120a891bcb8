import asyncio

async def child(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name

async def ticker():
    for i in range(6):
        print(f"tick {i}")
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    print("main: created ticker (not started yet)")
    r = await asyncio.gather(child("a", 1), child("b", 2))
    print("main: gather ->", r)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 42)
    print("main: awaiting future")
    print("main: future ->", await fut)
    await t

asyncio.run(main())
