# Calling methods wrongly: CPython's messages for arity, unbound calls and bad attributes.
class A:
    def m(self, x):
        return x

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)

    @staticmethod
    def s(x, y=2):
        return x + y


a = A()
cases = [
    lambda: a.m(),
    lambda: a.m(1, 2),
    lambda: A.m(1),
    lambda: A.m(),
    lambda: a.m(y=1),
    lambda: A.c(),
    lambda: a.c(1, 2),
    lambda: A.s(),
    lambda: a.s(1, 2, 3),
    lambda: a.nothing(),
    lambda: A.nothing,
    lambda: a.m.nothing,
    lambda: setattr(A.m, "x", 1) or A.m.x,
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: A()(),
    lambda: len(A()),
    lambda: A()[0],
    lambda: iter(A()),
    lambda: A() < A(),
    lambda: -A(),
    lambda: A() + 1,
    lambda: 1 + A(),
    lambda: hash(a) == hash(a),
    lambda: A() in [A()],
    lambda: A.__name__.upper(),
    lambda: type(a).m is A.m,
    lambda: a.m == a.m,
    lambda: a.m is a.m,
    lambda: a.c(5),
    lambda: A.s(1),
    lambda: [f(3) for f in (a.m, A.c, A.s)],
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)


class WithRepr:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"WithRepr({self.n!r})"


print([WithRepr(1), WithRepr("a")], {"k": WithRepr(None)}, (WithRepr(2),))
print(str(WithRepr(3)), f"{WithRepr(4)!r}", "%r" % (WithRepr(5),))


class OnlyStr:
    def __str__(self):
        return "only-str"


o = OnlyStr()
print(str(o), f"{o}", "%s" % o, repr(o).startswith("<__main__.OnlyStr object at 0x"))


def decorate(cls):
    cls.decorated = True
    return cls


@decorate
class Decorated:
    pass


print(Decorated.decorated, Decorated.__name__)


class Chain:
    def __init__(self):
        self.ops = []

    def add(self, v):
        self.ops.append(("add", v))
        return self

    def mul(self, v):
        self.ops.append(("mul", v))
        return self


print(Chain().add(1).mul(2).add(3).ops)


class LenOnly:
    def __len__(self):
        return 0


class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])


print(bool(LenOnly()), not LenOnly(), 2 in IterOnly(), 7 in IterOnly(), list(IterOnly()))
print(sorted(IterOnly(), reverse=True), max(IterOnly()), dict(zip(IterOnly(), "abc")))
