# 100 tasks switching with sleep(0), 500 times each.
import asyncio


async def spinner(n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return total


async def main():
    print(sum(await asyncio.gather(*[spinner(500) for _ in range(100)])))


asyncio.run(main())
