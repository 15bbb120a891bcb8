# `async for` over objects without the async-iterator protocol, driven by hand with send();
# the loop's `else`, asynchronous comprehensions and the TypeError messages as CPython 3.11
# words them.
async def loop(iterable):
    async for x in iterable:
        print("unreachable", x)
    else:
        print("unreachable else")


for value in (1, [1, 2], "abc", None):
    try:
        loop(value).send(None)
    except TypeError as e:
        print(type(value).__name__, "->", e)


async def nested():
    try:
        async for x in range(3):
            pass
    except TypeError as e:
        return str(e)


try:
    nested().send(None)
except StopIteration as stop:
    print("returned:", stop.value)


async def comprehension(iterable):
    return [x async for x in iterable]


try:
    comprehension(5).send(None)
except TypeError as e:
    print("comprehension:", e)


async def awaiting_comprehension():
    async def twice(v):
        return 2 * v

    return [await twice(v) for v in range(3)], {v: await twice(v) for v in "ab"}


try:
    awaiting_comprehension().send(None)
except StopIteration as stop:
    print("awaited:", stop.value)


async def uncaught():
    async for x in 42:
        pass


uncaught().send(None)
