# wait: error cases (empty set, bad return_when, coroutines refused in 3.11, non-awaitables).
import asyncio


async def coro():
    return 1


async def main():
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError", e)
    t = asyncio.create_task(coro())
    try:
        await asyncio.wait({t}, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    c = coro()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    c.close()
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError", e)
    done, pending = await asyncio.wait([t, t])
    print(len(done), len(pending))


asyncio.run(main())
