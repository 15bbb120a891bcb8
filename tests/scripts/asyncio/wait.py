# asyncio.wait with return_when and timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(job("a", 0.01), name="a")
    b = asyncio.create_task(job("b", 0.1), name="b")
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait([a, b])
    print(names(done), names(pending))
    c = asyncio.create_task(job("c", 0.01, fail=True), name="c")
    d = asyncio.create_task(job("d", 0.2), name="d")
    done, pending = await asyncio.wait({c, d}, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), c.exception())
    done, pending = await asyncio.wait([d], timeout=0.001)
    print(names(done), names(pending))
    await d
    c = job("x", 0)
    for bad in ([], [c], a):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([a], return_when="sometimes")
    except ValueError as e:
        print("ValueError", e)
    c.close()


asyncio.run(main())
