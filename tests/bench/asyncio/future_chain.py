# Chains of futures, each resolved by a call_soon callback when the previous one is done.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    total = 0
    for chain in range(40):
        futs = [loop.create_future() for _ in range(1000)]
        for prev, nxt in zip(futs, futs[1:]):
            prev.add_done_callback(lambda f, nxt=nxt: nxt.set_result(f.result() + 1))
        loop.call_soon(futs[0].set_result, chain)
        total += await futs[-1]
    print(total)


asyncio.run(main())
