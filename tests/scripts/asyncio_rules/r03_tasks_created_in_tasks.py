# R3: tasks start in creation order, also when tasks create further tasks.
import asyncio


async def leaf(name):
    print("leaf", name)


async def branch(name):
    print("branch", name, "starts")
    asyncio.create_task(leaf(name + ".1"))
    asyncio.create_task(leaf(name + ".2"))
    print("branch", name, "created leaves")
    await asyncio.sleep(0)
    print("branch", name, "resumes")


async def main():
    a = asyncio.create_task(branch("a"))
    b = asyncio.create_task(branch("b"))
    print("main created a and b")
    await asyncio.sleep(0)
    print("main after one hop")
    await a
    await b
    print("main done")


asyncio.run(main())
