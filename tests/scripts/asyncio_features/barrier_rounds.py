# A Barrier is reusable: several rounds with the same parties, workers of different speeds.
import asyncio


async def worker(b, name, delay, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(delay)
        log.append(f"{name} at barrier round {r}")
        index = await b.wait()
        log.append(f"{name} released round {r} index {index}")
    return name


async def main():
    b = asyncio.Barrier(2)
    log = []
    results = await asyncio.gather(
        worker(b, "fast", 0.01, 3, log), worker(b, "slow", 0.05, 3, log)
    )
    print(results)
    for line in log:
        print(line)
    print(b.n_waiting, b.broken)


asyncio.run(main())
