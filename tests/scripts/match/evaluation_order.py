# The order in which patterns look at the subject: isinstance, __match_args__, attribute reads,
# len(), item access and == calls, and when names get bound.
class Traced:
    def __init__(self, **attrs):
        object.__setattr__(self, "attrs", attrs)

    def __getattr__(self, name):
        print("  getattr", name)
        if name in self.attrs:
            return self.attrs[name]
        raise AttributeError(name)


class Meta(type):
    def __getattribute__(cls, name):
        if name == "__match_args__":
            print("  class getattr __match_args__")
        return super().__getattribute__(name)


class Node(Traced, metaclass=Meta):
    __match_args__ = ("left", "right")


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  {self.v!r} == {other!r}")
        return self.v == other


class Values:
    one = Loud(1)
    two = Loud(2)


print("class pattern")
match Node(left=1, right=2, extra=3):
    case Node(Values.two, right=Values.one):
        print("no")
    case Node(Values.one, extra=e, right=Values.two):
        print("yes", e)

print("missing attribute")
match Node(left=1):
    case Node(a, b):
        print("no")
    case Node(left=a):
        print("left only", a)


class Seq(list):
    def __len__(self):
        print("  len")
        return super().__len__()

    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)


print("sequence with star wildcard")
match Seq([1, 2, 3, 4]):
    case [a, *_, b]:
        print(a, b)

print("or-pattern alternatives in different orders")
for value in [(1, "a", "b"), (2, "a", "b")]:
    match value:
        case (1, x, y) | (2, y, x):
            print("x", x, "y", y)

print("captures are bound only after the whole pattern matched")
match [1, 2, 3]:
    case [first, second, 4]:
        print("no")
    case _:
        print("first" in globals(), "second" in globals())

match [10, [20, 30]]:
    case [a, [b, c]] | [a, b, c]:
        print(a, b, c)

print("guard sees the bound names; they stay bound when it fails")
match (7, 8):
    case (p, q) if p > q:
        print("no")
    case _:
        print(p, q)

print("or-pattern with captures nested in sequences and mappings")
for value in [{"k": [1, 2]}, [2, 1], {"other": 0}]:
    match value:
        case {"k": [m, n]} | [n, m]:
            print("m", m, "n", n)
        case _:
            print("neither")

print("as-pattern around a class pattern around an or-pattern")
match Node(left=5, right=6):
    case Node(5 | 6 as l, r) as node:
        print(l, r, type(node).__name__)
