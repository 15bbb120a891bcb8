# R8: tasks sleeping for different delays wake in deadline order, one iteration after the timer.
import asyncio


async def nap(name, delay):
    r = await asyncio.sleep(delay, name)
    print("woke", r)
    return r


async def main():
    tasks = [asyncio.create_task(nap(n, d)) for n, d in (("c", 0.003), ("a", 0.001), ("b", 0.002))]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
