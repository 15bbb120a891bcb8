import functools
from functools import cached_property, partial, reduce, singledispatch, total_ordering, wraps


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), a >= Version(1))
print(sorted([Version(3), a, b])[0].n)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) >= Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


class Data:
    def __init__(self):
        self.calls = 0

    @cached_property
    def value(self):
        self.calls += 1
        return 42


d = Data()
print(d.value, d.value, d.calls, "value" in d.__dict__)
del d.value
print(d.value, d.calls)
print(type(Data.value).__name__)


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(int)
def _(x):
    return f"int {x}"


@describe.register
def _(x: list):
    return f"list of {len(x)}"


print(describe(1), describe("s"), describe([1, 2]), describe(True))
print(describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), "__name__") else "")

print(reduce(lambda x, y: x + y, [1, 2, 3]), partial(int, base=2)("101"))


def deco(f):
    @wraps(f)
    def inner(*args):
        return f(*args)
    return inner


@deco
def named():
    """doc"""


print(named.__name__, named.__doc__, functools.cache is not None)
