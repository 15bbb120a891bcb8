# Default values: evaluated once at def time, shared mutable defaults, __defaults__ edits.
def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

counter = 10


def snapshot(v=counter):
    return v


counter = 20
print(snapshot(), snapshot(5))


def f(a, b=2, c=3):
    return (a, b, c)


print(f.__defaults__)
f.__defaults__ = (20, 30)
print(f(1), f(1, 2))
f.__defaults__ = (99,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
f.__defaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)


def g(*, k=1, m):
    return (k, m)


print(g.__kwdefaults__)
g.__kwdefaults__ = {"k": 5, "m": 6}
print(g())
g.__kwdefaults__ = None
try:
    g(m=1)
except TypeError as e:
    print(type(e).__name__, e)


def h():
    pass


print(h.__defaults__, h.__kwdefaults__)


def make(n):
    def inner(x=n * 2):
        return x
    return inner


print(make(3)(), make(4)(), make(5)(1))


def with_none(items=None):
    if items is None:
        items = []
    items.append(1)
    return items


print(with_none(), with_none())
