# Subclasses of int, str, float, tuple, bytes: instance attributes, __new__, methods, repr.
class I(int):
    pass


i = I(3)
i.x = 1
print(i, i.x, i + 1, type(i + 1).__name__, type(i).__name__, isinstance(i, int), i.__dict__)


class F(float):
    pass


f = F(2.5)
f.unit = "m"
print(f, type(f).__name__, f.unit, f * 2, type(f * 2).__name__, F("1.5"), type(F("1.5")).__name__)


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(s, s.shout(), type(s + "x").__name__, repr(s), len(s))


class T(tuple):
    pass


t = T([1, 2])
print(t, type(t).__name__, t[0], len(t), type(t[:1]).__name__)


class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v + 0.5)

    def __repr__(self):
        return f"Celsius({float(self)})"


c = Celsius(20)
print(c, type(c).__name__, float(c), c + 1)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


pt = Point(3, 4)
print(pt, pt.x, type(pt).__name__, pt == (3, 4))


class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())


u = Upper("abc")
print(u, type(u).__name__, u == "ABC", u.lower(), type(u.lower()).__name__)


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)


print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
print(int.__new__(I, 7), type(int.__new__(I, 7)).__name__, float.__new__(F, 1.0).__class__.__name__)
print(str.__new__(S, "q").__class__.__name__, tuple.__new__(T, [1]).__class__.__name__)
try:
    int.__new__(str, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)


class Flag(int):
    def __repr__(self):
        return "Flag(%d)" % self


print(repr(Flag(2)), str(Flag(2)), f"{Flag(2)}", [Flag(1)])


class Cmp(int):
    def __eq__(self, o):
        return "custom"

    __hash__ = int.__hash__


print(Cmp(1) == 1, hash(Cmp(5)), {Cmp(5): "v"}[5])
print(I(10) // 3, I("ff", 16), F(1) == 1.0, hash(F(1.0)) == hash(1))
