# 100k tasks suspended on one Event (the RSS columns are the point), then released.
import asyncio


async def sleeper(event, i):
    await event.wait()
    return i


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(sleeper(event, i)) for i in range(100_000)]
    await asyncio.sleep(0)
    event.set()
    print(sum(await asyncio.gather(*tasks)))


asyncio.run(main())
