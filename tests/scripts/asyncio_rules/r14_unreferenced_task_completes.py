# R14: a task whose only reference is the loop still runs to completion.
import asyncio

results = []


async def fire_and_forget(n):
    for _ in range(n):
        await asyncio.sleep(0)
    results.append(n)


async def main():
    for n in (3, 1, 2):
        asyncio.create_task(fire_and_forget(n))
    for _ in range(5):
        await asyncio.sleep(0)
    print(results)


asyncio.run(main())
