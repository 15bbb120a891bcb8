# Async generator error cases: running twice, reusing awaitables, StopIteration/StopAsyncIteration.
class Tick:
    def __await__(self):
        yield "tick"

def step(awaitable, value=None):
    try:
        return ("yielded", awaitable.send(value))
    except StopIteration as e:
        return ("returned", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def slow():
    await Tick()
    yield "value"
    await Tick()
    yield "second"

g = slow()
first = g.__anext__()
print(step(first))
print(step(g.__anext__()))
print(step(g.asend(None)))
print(step(g.aclose()))
print(step(g.athrow(ValueError)))
print(step(first))
print(step(first))
print(step(first))

a = slow().__anext__()
print(step(a, "not none"))

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration
g = raises_stop_async()
print(step(g.__anext__()))
print(step(g.__anext__()))

async def raises_stop():
    yield 1
    raise StopIteration("x")
g = raises_stop()
print(step(g.__anext__()))
print(step(g.__anext__()))

async def body_error():
    yield 1
    raise KeyError("body")
g = body_error()
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))

async def simple():
    yield 1
n = simple().__anext__()
print(type(n).__name__, n.__await__() is n, iter(n) is n)
print(step(n))
print(step(n))
print(n.close(), step(n))
t = simple().athrow(ValueError)
print(type(t).__name__, t.__await__() is t)
print(step(t))
print(step(t))
try:
    simple().athrow()
except TypeError as e:
    print(e)
try:
    simple().asend()
except TypeError as e:
    print(e)

async def not_awaitable_in_agen():
    try:
        await simple()
    except TypeError as e:
        yield str(e)
print(step(not_awaitable_in_agen().__anext__()))

g = simple()
print(step(g.athrow(ValueError("at start"))))
print(step(g.__anext__()))
print(step(g.aclose()))
