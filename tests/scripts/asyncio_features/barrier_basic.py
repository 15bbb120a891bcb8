# Barrier(3): the third arrival releases all; wait() returns arrival indices; n_waiting,
# parties and broken along the way; the repr's state words.
import asyncio


def state(b):
    r = repr(b)
    return r[r.index("[") :]


async def party(b, name):
    print(name, "arrives, waiting", b.n_waiting)
    index = await b.wait()
    print(name, "passes with index", index, "waiting", b.n_waiting, state(b))
    return index


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, state(b))
    print(repr(b).startswith("<asyncio.locks.Barrier object at "))
    tasks = [asyncio.create_task(party(b, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("after one step:", b.n_waiting, state(b))
    print(await asyncio.gather(*tasks))
    print("end:", b.n_waiting, b.broken, state(b))


asyncio.run(main())
