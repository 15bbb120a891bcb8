# Coroutine objects driven by hand: send/throw/close, awaiting custom awaitables, the errors.
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("suspended", self.tag)
        return got


async def work():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b


c = work()
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = work()
try:
    next(c2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c2.close()


async def catcher():
    try:
        await Suspend("x")
    except ValueError as e:
        return "caught " + str(e)


c3 = catcher()
c3.send(None)
try:
    c3.throw(ValueError("thrown"))
except StopIteration as e:
    print(e.value)


class BadAwait:
    def __await__(self):
        return 5


class NoAwait:
    pass


async def await_bad(obj):
    return await obj


for obj in [BadAwait(), NoAwait(), 5]:
    try:
        await_bad(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)


class GenAwait:
    def __await__(self):
        return iter([1, 2])


co = await_bad(GenAwait())
print(co.send(None), co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)


async def double_await():
    s = Suspend("d")
    c = work()
    await c
    await c


d = double_await()
print(d.send(None), d.send(1))
try:
    d.send(2)
except RuntimeError as e:
    print(type(e).__name__, e)
print(c.cr_frame, c.cr_await, c2.cr_code.co_name)


async def simple():
    return "simple"


s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
cl = simple()
cl.close()
try:
    cl.send(None)
except RuntimeError as e:
    print(e)
