# PEP 479: StopIteration inside a generator becomes RuntimeError, with the original as cause.
def leaks():
    yield 1
    next(iter([]))


g = leaks()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)


def explicit():
    yield 1
    raise StopIteration("explicit")


try:
    list(explicit())
except RuntimeError as e:
    print(e, repr(e.__cause__))


def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop


try:
    list(subclass())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


def ok_return():
    yield 1
    return 5


print(list(ok_return()))


def in_comprehension():
    return [x for x in (next(iter([])) for _ in range(1))]


try:
    in_comprehension()
except RuntimeError as e:
    print("genexpr:", e)


def caught_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught ok"


print(list(caught_inside()))


async def coro():
    raise StopIteration("in coroutine")


c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print(e)


def async_gen_like():
    yield from iter([1])
    raise StopIteration


try:
    for v in async_gen_like():
        print("got", v)
except RuntimeError as e:
    print(e)
g = leaks()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(next(g, "finished after error"))
