# R9: children start in argument order; results come back in argument order.
import asyncio


async def child(name, hops):
    print("start", name)
    for _ in range(hops):
        await asyncio.sleep(0)
    print("finish", name)
    return name


async def main():
    print(await asyncio.gather(child("slow", 3), child("fast", 0), child("mid", 1)))


asyncio.run(main())
