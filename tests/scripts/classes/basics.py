# Class statements: attributes, methods, instances, docstrings, names.
class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1)
print(q.x, q.y, q.moved(dy=5, dx=1).y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, p.__class__.__name__)
print(sorted(vars(p).items()), sorted(p.__dict__))
p.z = 9
print(p.z, hasattr(p, "z"), hasattr(p, "w"), getattr(p, "w", "default"))
del p.z
print(hasattr(p, "z"))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 7
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.norm2(p))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.__dict__["norm2"])


class Empty:
    pass


e = Empty()
print(type(e).__name__, Empty.__doc__, Empty.__bases__, Empty.__mro__)
print(isinstance(e, Empty), isinstance(e, object), isinstance(3, Empty))


def make_class():
    class Local:
        def who(self):
            return type(self).__qualname__
    return Local


L = make_class()
print(L.__qualname__, L().who())


class Outer:
    class Inner:
        def f(self):
            pass
    print(Inner.__qualname__, Inner.f.__qualname__)


print(Outer.Inner.__qualname__)

try:
    p.missing
except AttributeError as exc:
    print(type(exc).__name__, exc)
try:
    Point.missing
except AttributeError as exc:
    print(type(exc).__name__, exc)
try:
    Point(1)
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    Empty(1)
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    del e.nothing
except AttributeError as exc:
    print(type(exc).__name__, exc)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


cs = [Counter() for _ in range(5)]
print(Counter.count, [c.id for c in cs])


class WithClassVarsFromBody:
    a = 1
    b = a + 1
    items = [a, b]
    squares = [i * i for i in range(3)]


print(WithClassVarsFromBody.b, WithClassVarsFromBody.items, WithClassVarsFromBody.squares)


def outer():
    v = 10

    class C:
        w = v + 1

        def get(self):
            return v
    return C


C = outer()
print(C.w, C().get())


class Private:
    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


pr = Private()
print(pr.reveal(), pr._Private__secret, hasattr(pr, "__secret"))
