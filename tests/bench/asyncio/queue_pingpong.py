# Two tasks passing a counter back and forth through two queues, 20k round trips.
import asyncio


async def player(inbox, outbox, rounds):
    for _ in range(rounds):
        v = await inbox.get()
        outbox.put_nowait(v + 1)


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    rounds = 20_000
    pong = asyncio.create_task(player(b, a, rounds))
    a.put_nowait(0)
    last = 0
    for _ in range(rounds):
        last = await a.get()
        b.put_nowait(last + 1)
    await pong
    print(last, await a.get())


asyncio.run(main())
