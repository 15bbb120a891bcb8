# Class patterns: isinstance checks, keyword sub-patterns, __match_args__ for positional ones.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return f"on the z axis at {z}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 9),
          Point3(0, 0, 0), (0, 0)]:
    print(where(p))


class NoArgs:
    def __init__(self):
        self.a = 1


match NoArgs():
    case NoArgs(a=1, b=2):
        print("missing attribute b matched?")
    case NoArgs(a=1):
        print("keyword pattern without __match_args__")

# Builtins match themselves with a single positional sub-pattern.
for v in [1, 2.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset({2}), True, bytearray(b"x")]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(b):
            print("bytes", b)
        case bytearray(b):
            print("bytearray", b)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", sorted(s))


class MyInt(int):
    pass


match MyInt(5):
    case int(n):
        print("int subclass matches itself", n)


class Both(int):
    __match_args__ = ("real",)


match Both(7):
    case Both(r):
        print("with __match_args__ the attribute is used:", r)

match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"


class Virtual(metaclass=Meta):
    pass


match "anything":
    case Virtual():
        print("__instancecheck__ is honoured")


class Prop:
    @property
    def computed(self):
        print("  computing")
        return 10


match Prop():
    case Prop(computed=10):
        print("property value")
