# async for and asynchronous comprehensions over async generators.
class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    while True:
        try:
            out = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  [loop]", out)

async def count(n):
    for i in range(n):
        await Tick()
        yield i

async def pairs():
    async for i in count(2):
        yield i, i * i

async def main():
    async for x in count(3):
        print("for", x)
    else:
        print("for else")
    async for a, b in pairs():
        print("pair", a, b)
    print([x async for x in count(3)])
    print({x async for x in count(2)} == {0, 1})
    print({x: x * 2 async for x in count(2)})
    print([x async for x in count(5) if x % 2])
    print([(x, y) async for x in count(2) for y in "ab"])
    print([y for x in range(2) async for y in count(x + 1)] if False else "skip")
    gen = (x + 100 async for x in count(2))
    print(type(gen).__name__, [x async for x in gen])

    async def square(v):
        await Tick()
        return v * v
    print([await square(i) for i in range(3)])
    awaiting_gen = (await square(i) for i in range(2))
    print(type(awaiting_gen).__name__)
    print([x async for x in awaiting_gen])

    return "finished"

print(run(main()))
