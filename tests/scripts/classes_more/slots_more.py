# __slots__: missing attributes, conflicts with class variables, inheritance, __dict__ and weakref slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.__slots__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)


class Child(P):
    pass


c = Child(1)
c.anything = 5
print(c.anything, c.__dict__)


class SlotChild(P):
    __slots__ = ("z",)


sc = SlotChild(1)
sc.z = 3
print(sc.x, sc.z)
try:
    sc.w = 1
except AttributeError as e:
    print(e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as e:
    print(e)
for bad in [("a", "a"), (1,), ("__dict__", "__dict__"), ("not valid",)]:
    try:
        type("Bad", (), {"__slots__": bad})
        print("ok", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Mangled:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = "hidden"

    def reveal(self):
        return self.__secret


print(Mangled().reveal(), Mangled.__slots__, hasattr(Mangled, "_Mangled__secret"))


class Dscr:
    __slots__ = ("v",)


d = Dscr()
Dscr.v.__set__(d, 10)
print(Dscr.v.__get__(d), Dscr.v.__name__, Dscr.v.__objclass__.__name__)
try:
    Dscr.v.__get__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(not hasattr(d, "__weakref__"))
