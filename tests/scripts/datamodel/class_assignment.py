# obj.__class__ = Other: allowed between classes with the same instance layout.


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class Sub(A):
    __slots__ = ()


class P:
    __slots__ = ("x",)


class Q:
    __slots__ = ("x",)


class R:
    __slots__ = ("y",)


class I(int):
    pass


class J(int):
    pass


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class S2(str):
    pass


class VE(ValueError):
    pass


class TE(TypeError):
    pass


def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError", e)


a = A()
a.data = 1
attempt(a, B)
print(a.who(), a.data, isinstance(a, B), isinstance(a, A))
attempt(a, Sub)
attempt(a, A)
for target in (P, I, L, int, object, 5, "A", None):
    attempt(a, target)
try:
    del a.__class__
except TypeError as e:
    print("TypeError", e)

p = P()
p.x = 3
attempt(p, Q)
print(p.x)
attempt(p, R)
attempt(p, A)

i = I(5)
i.note = "n"
attempt(i, J)
print(i, i.note, i + 1)
attempt(i, L)
attempt(5, I)
attempt(True, J)

ls = L([1, 2])
attempt(ls, D)
attempt(ls, list)

s = S("text")
s.tag = 1
attempt(s, S2)
print(s, s.tag, type(s).__name__)
attempt(s, str)
attempt(s, I)

e = VE("boom")
attempt(e, TE)
print(repr(e), isinstance(e, TypeError))

# A class attribute or property named __class__ takes over.
class Fake:
    __class__ = int


print(Fake().__class__, type(Fake()).__name__)


# Changing the class changes which methods run, including special methods.
class Celsius:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}C"


class Kelvin:
    def __repr__(self):
        return f"{self.v + 273}K"


t = Celsius(20)
print(t)
t.__class__ = Kelvin
print(t, [t])
