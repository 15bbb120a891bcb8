# While a released barrier drains, a new arrival waits until every released task has left.
import asyncio


async def party(b, name, log):
    log.append(f"{name} waits (n_waiting={b.n_waiting})")
    index = await b.wait()
    log.append(f"{name} released {index}")
    return index


async def main():
    b = asyncio.Barrier(2)
    log = []
    t1 = asyncio.create_task(party(b, "a", log))
    t2 = asyncio.create_task(party(b, "b", log))
    t3 = asyncio.create_task(party(b, "c", log))
    t4 = asyncio.create_task(party(b, "d", log))
    for i in range(8):
        await asyncio.sleep(0)
        r = repr(b)
        log.append(f"step {i}: {r[r.index('['):]}")
    print(await asyncio.gather(t1, t2, t3, t4))
    print("\n".join(log))


asyncio.run(main())
