# Positional-only and keyword-only parameters: legal calls, errors, and **kwargs sharing names.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, e=5, f=7))
for call in [
    lambda: f(1, 2, 3),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5, e=5),
]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


def g(a, /, **kw):
    return (a, kw)


print(g(1, a=2))
print(g(1, b=3, a=4))


def h(a, b=2, /, c=3):
    return (a, b, c)


print(h(1), h(1, 5), h(1, c=9), h(1, 2, 3))


def only_pos(x, y, /):
    return x * y


print(only_pos(3, 4))
try:
    only_pos(3, y=4)
except TypeError as e:
    print(e)
try:
    only_pos(x=3, y=4)
except TypeError as e:
    print(e)


def star_kw(*args, sep="-", **kw):
    return sep.join(map(str, args)), sorted(kw)


print(star_kw(1, 2, 3), star_kw(1, sep="+", z=1, a=2))


def bare_star(a, *, b):
    return a + b


print(bare_star(1, b=2), bare_star(a=1, b=2))
try:
    bare_star(1, 2)
except TypeError as e:
    print(e)


class C:
    def m(self, a, /, b, *, c):
        return (a, b, c)


print(C().m(1, 2, c=3), C().m(1, b=2, c=3))
try:
    C().m(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    C().m(1, 2, 3)
except TypeError as e:
    print(e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
