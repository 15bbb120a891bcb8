# aclose(): GeneratorExit inside, awaiting in finally, ignoring the exit.
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

async def cleanup_awaits():
    try:
        yield 1
        yield 2
    finally:
        print("finally start")
        await Tick()
        print("finally end")

async def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "refused"

async def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from aclose")

async def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")

async def main():
    g = cleanup_awaits()
    print(await g.__anext__())
    print("aclose returned", await g.aclose())
    print("again", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    g = refuses()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)

    g = raises_other()
    await g.__anext__()
    try:
        await g.aclose()
    except ValueError as e:
        print("aclose raised", e)

    g = catches_and_returns()
    await g.__anext__()
    print(await g.aclose())

    g = cleanup_awaits()
    print("never started:", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("never-started closed generator is exhausted")

    g = cleanup_awaits()
    async for v in g:
        print("v", v)
        if v == 1:
            break
    await g.aclose()
    return "ok"

print(run(main()))
