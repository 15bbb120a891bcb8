# async for: __aiter__/__anext__, StopAsyncIteration, else clause, break, and errors.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class NoAnext:
    def __aiter__(self):
        return 42


async def main():
    async for i in Countdown(3):
        print("got", i)
    else:
        print("else ran")
    async for i in Countdown(5):
        if i == 3:
            break
    else:
        print("not printed")
    print("broke at", i)
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async for _ in NoAnext():
            pass
    except TypeError as e:
        print("TypeError", e)
    print([x async for x in Countdown(3)])


asyncio.run(main())
