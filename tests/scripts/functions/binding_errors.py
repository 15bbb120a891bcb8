# Every argument-binding error message, for functions, methods and lambdas.
def f(a, b):
    return a + b


def g(a, b=2, *, c, d=4):
    return (a, b, c, d)


def po(a, b, /, c):
    return (a, b, c)


def one(a):
    return a


def none():
    return 0


def var(a, *args, **kw):
    return (a, args, kw)


class A:
    def m(self, x):
        return x

    @classmethod
    def c(cls, x):
        return x

    @staticmethod
    def s(x):
        return x


cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, a=2),
    lambda: f(1, 2, z=3),
    lambda: f(b=1),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=1),
    lambda: g(1, c=1, e=5),
    lambda: po(a=1, b=2, c=3),
    lambda: po(1, b=2, c=3),
    lambda: po(1, 2),
    lambda: po(1, 2, 3, 4),
    lambda: one(),
    lambda: one(1, 2),
    lambda: one(b=1),
    lambda: none(1),
    lambda: none(x=1),
    lambda: var(),
    lambda: var(1, a=2),
    lambda: A().m(),
    lambda: A().m(1, 2),
    lambda: A.m(1),
    lambda: A.m(),
    lambda: A.c(),
    lambda: A.s(),
    lambda: A().s(1, 2),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(),
    lambda: (lambda *, k: k)(1),
    lambda: f(1, 2, **{"a": 3}),
    lambda: f(*[1, 2, 3]),
    lambda: g(1, 2, c=3, **{"c": 4}),
    lambda: f(1, **{"b": 2, "c": 3}),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except TypeError as e:
        print(i, type(e).__name__, e)


def many(a, b, c, d):
    pass


for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        many(*args)
    except TypeError as e:
        print(e)


def kwonly(*, a, b, c):
    pass


for kw in [{}, {"a": 1}, {"a": 1, "b": 2}]:
    try:
        kwonly(**kw)
    except TypeError as e:
        print(e)


def mixed(a, b=1, *args, c, d=2, **kw):
    return (a, b, args, c, d, kw)


print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print(e)


def range_defaults(a, b=1, c=2):
    pass


try:
    range_defaults(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    range_defaults()
except TypeError as e:
    print(e)


def pos_kw_mixed(a, b=1, *, c=2):
    pass


try:
    pos_kw_mixed(1, 2, 3)
except TypeError as e:
    print(e)
try:
    pos_kw_mixed(1, 2, 3, c=4)
except TypeError as e:
    print(e)
