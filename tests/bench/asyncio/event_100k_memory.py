# 100k tasks suspended on one Event (the RSS columns are the point), then released. An
# argument sets the number of tasks: run_asyncio.py runs it with 0 as the baseline.
import asyncio
import sys

TASKS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


async def sleeper(event, i):
    await event.wait()
    return i


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(sleeper(event, i)) for i in range(TASKS)]
    await asyncio.sleep(0)
    event.set()
    print(sum(await asyncio.gather(*tasks)))


asyncio.run(main())
