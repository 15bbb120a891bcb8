# R4: an awaitable whose __await__ yields None sends the task to the back of the ready queue.
import asyncio


class Hop:
    def __await__(self):
        yield
        return "hopped"


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("main before hop")
    print("main:", await Hop())
    print("main:", await Hop())
    await t


asyncio.run(main())
