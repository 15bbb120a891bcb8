# The data model: special methods reached through operators and builtins.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x},{self.y}>"

    def __format__(self, spec):
        return f"Vec[{spec}]"

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __lt__(self, other):
        return abs(self) < abs(other)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(b))
print(repr(a), str(a), f"{a}", f"{a:>10}", format(a, "x"), "%s %r" % (a, a))
print(a == Vec(1, 2), a != Vec(1, 2), a == 5, a != 5, a < b, b > a, sorted([b, a]))
print(hash(a) == hash(Vec(1, 2)), len({a, Vec(1, 2), b}))
print(bool(a), bool(Vec(0, 0)), len(a), a[0], a[-1], list(a), 2 in a, 5 in a)
print(sum([a, b]), max([a, b]), min(a, b))
x, y = b
print(x, y)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~a
except TypeError as e:
    print(type(e).__name__, e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __call__(self, *args, **kwargs):
        return ("called", args, sorted(kwargs.items()))


acc = Acc()
acc += 1
acc += 2
print(acc.items, acc(1, 2, k=3), callable(acc), callable(Acc), callable(3))


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]


g = Grid()
g[1, 2] = "x"
g["a"] = "y"
print(g[1, 2], g[0, 0], g["a"])
del g[1, 2]
print(g[1, 2], sorted(g.cells))
try:
    del g["zz"]
except KeyError as e:
    print(type(e).__name__, e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), [v * 2 for v in Countdown(3)], sum(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq())


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], bin(Idx()), range(10)[Idx()], "abc"[Idx()])


class Ctx:
    def __enter__(self):
        print("enter")
        return "value"

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True


with Ctx() as v:
    print("body", v)
with Ctx():
    raise ValueError("swallowed")
print("after")


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)


class NoHash:
    def __eq__(self, other):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)


class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"O{self.v}"


print(sorted([Ordered(3), Ordered(1), Ordered(2)]), Ordered(1) > Ordered(0))


class Reflect:
    def __rsub__(self, other):
        return ("rsub", other)

    def __rtruediv__(self, other):
        return ("rtruediv", other)


print(5 - Reflect(), 1.5 / Reflect())


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __repr__(self):
        return f"Num({self.v})"


class SubNum(Num):
    def __radd__(self, o):
        return "SubNum.__radd__ first"


print(Num(1) + SubNum(2), Num(1) + 2)
n = Num(1)
n += 5
print(n)
