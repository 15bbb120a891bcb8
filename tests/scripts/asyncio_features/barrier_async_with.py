# async with barrier: __aenter__ waits and returns the index; the body runs after release.
import asyncio


async def stage(b, name, log):
    log.append(f"{name} enter")
    async with b as index:
        log.append(f"{name} inside {index}")
        await asyncio.sleep(0)
    log.append(f"{name} left")


async def main():
    b = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(stage(b, n, log) for n in ("p", "q", "r")))
    print("\n".join(log))
    print(b.n_waiting, b.broken)


asyncio.run(main())
