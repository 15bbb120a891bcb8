# asyncio.as_completed (3.11): coroutines yielding outcomes in completion order, errors,
# duplicates counted once, the timeout, and bad arguments. Delays are 30 ms apart so that slow
# builds (GC stress, sanitizers) keep the order.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("slow", 0.09), ("fast", 0.03), ("mid", 0.06))]
    for aw in asyncio.as_completed(tasks):
        print("got", await aw)

    t1 = asyncio.create_task(job("ok", 0.03))
    t2 = asyncio.create_task(job("bad", 0.06, True))
    for aw in asyncio.as_completed([t1, t2, t1]):
        try:
            print("got", await aw)
        except ValueError as e:
            print("ValueError", e)

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.03, fut.set_result, "future")
    slow = asyncio.create_task(job("never", 10))
    results = []
    for aw in asyncio.as_completed([fut, slow], timeout=0.15):
        try:
            results.append(await aw)
        except TimeoutError:
            results.append("timeout")
    print(results)
    slow.cancel()

    print(list(asyncio.as_completed([])))
    done = asyncio.get_running_loop().create_future()
    done.set_result(7)
    print([await aw for aw in asyncio.as_completed([done])])
    for bad in (fut, 5):
        try:
            for _ in asyncio.as_completed(bad):
                pass
        except TypeError as e:
            print("TypeError", e)


asyncio.run(main())
