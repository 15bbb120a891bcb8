# Async generators driven by hand: __anext__, asend, athrow, aclose.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got

def run(coro):
    sent = None
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  [loop]", out)
        sent = "resumed"

async def numbers():
    print("start")
    got = await Tick()
    print("await returned", got)
    received = yield 1
    print("received", received)
    try:
        yield 2
    finally:
        print("cleanup")

async def main():
    g = numbers()
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow re-raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("still exhausted")
    print(await g.aclose())

    async def catching():
        while True:
            try:
                yield "waiting"
            except KeyError as e:
                print("caught", repr(e))
    c = catching()
    print(await c.asend(None))
    print(await c.athrow(KeyError, "k"))
    print(await c.athrow(KeyError("instance")))
    await c.aclose()
    print("closed catching")
    return "main done"

print(run(main()))
