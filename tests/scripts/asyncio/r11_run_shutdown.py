# R11: asyncio.run cancels the tasks left over when main returns; their finally blocks run.
import asyncio


async def background():
    try:
        print("background sleeping")
        await asyncio.sleep(3600)
    finally:
        print("background finally")


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("stubborn caught the cancellation")
        await asyncio.sleep(0)
        print("stubborn finishing")
        return "ignored"


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print(asyncio.run(main()))


async def main2():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main2 returns")


asyncio.run(main2())
print("after run")
