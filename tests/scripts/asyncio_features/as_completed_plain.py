# asyncio.as_completed as a plain iterator (CPython 3.11): coroutines returning the results in
# completion order, exceptions raised when awaited, TimeoutError for what is left after timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return name


async def main():
    aws = [job("c", 0.15), job("a", 0.05), job("b", 0.1, fail=True)]
    for coro in asyncio.as_completed(aws):
        try:
            print("result", await coro)
        except KeyError as e:
            print("KeyError", e)

    # timeout: the remaining coroutines raise TimeoutError
    slow = asyncio.create_task(job("slow", 1))
    out = []
    for coro in asyncio.as_completed([slow, job("quick", 0.05)], timeout=0.3):
        try:
            out.append(await coro)
        except asyncio.TimeoutError as e:
            out.append(type(e).__name__)
    print(out)
    slow.cancel()

    # a future or a coroutine instead of an iterable is a TypeError
    fut = asyncio.get_running_loop().create_future()
    try:
        for c in asyncio.as_completed(fut):
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        for c in asyncio.as_completed(5):
            pass
    except TypeError as e:
        print("TypeError", e)

    # results come from the futures themselves: already-done ones first, in completion order
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    print([await c for c in asyncio.as_completed([done, job("later", 0.05)])])
    print(len(list(asyncio.as_completed([]))))


asyncio.run(main())
