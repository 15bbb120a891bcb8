# Awaiting a coroutine twice, and awaiting non-awaitables.
import asyncio


async def value():
    return 1


async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError", e)
    s = asyncio.sleep(0)
    await s
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
