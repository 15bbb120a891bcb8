# Class bodies as namespaces: scoping rules, name mangling, __dict__, vars(), dir().
x = "global"


class Scope:
    x = "class"
    y = x + "!"

    def method(self):
        return x

    lst = [x for _ in range(2)]
    gen_first = next(iter([x]))


s = Scope()
print(Scope.y, s.method(), Scope.lst, Scope.gen_first)


def factory(v):
    class K:
        value = v

        def get(self):
            return v

        def nested(self):
            def inner():
                return v * 2
            return inner()
    return K


K1, K2 = factory(1), factory(2)
print(K1.value, K2().get(), K1().nested(), K1 is K2, K1.__qualname__)


class Mangled:
    __hidden = 1

    def reveal(self):
        return self.__hidden, Mangled.__hidden

    def set(self):
        self.__other = 2
        return sorted(vars(self))


m = Mangled()
print(m.reveal(), m.set(), "_Mangled__hidden" in Mangled.__dict__)


class Body:
    import sys as _sys
    total = 0
    for i in range(4):
        total += i
    del i
    if total > 5:
        big = True
    else:
        big = False
    try:
        raise ValueError
    except ValueError:
        caught = True
    with open(__file__) as _f:
        first = _f.readline().strip()[:10]


print(Body.total, Body.big, Body.caught, Body.first, hasattr(Body, "i"), Body._sys.__name__)
print([k for k in Body.__dict__ if not k.startswith("__")])


class Annotated:
    a: int
    b: str = "b"
    c = 3


print(Annotated.__annotations__, Annotated.b, hasattr(Annotated, "a"))


class Docs:
    """Class doc."""

    def f(self):
        """Method doc."""


print(Docs.__doc__, Docs.f.__doc__, Docs().f.__doc__, Docs.f.__name__, Docs.f.__qualname__)
print(sorted(n for n in dir(Docs()) if not n.startswith("__")))
print(sorted(vars(Docs).keys() - {"__dict__", "__weakref__"}))
