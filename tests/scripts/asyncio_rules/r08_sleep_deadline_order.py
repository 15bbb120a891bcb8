# R8: tasks sleeping for different delays wake in deadline order, one iteration after the timer.
# The delays are 30 ms apart so that slow builds (GC stress, sanitizers) keep the order.
import asyncio


async def nap(name, delay):
    r = await asyncio.sleep(delay, name)
    print("woke", r)
    return r


async def main():
    tasks = [asyncio.create_task(nap(n, d)) for n, d in (("c", 0.09), ("a", 0.03), ("b", 0.06))]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
