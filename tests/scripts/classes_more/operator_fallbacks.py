# Binary operators: reflected methods, NotImplemented fallbacks, subclass priority, the TypeErrors.
class A:
    def __add__(self, other):
        if isinstance(other, int):
            return "A+int"
        return NotImplemented

    def __radd__(self, other):
        return "int+A" if isinstance(other, int) else NotImplemented


class B:
    def __radd__(self, other):
        return "B.__radd__(" + type(other).__name__ + ")"


class SubA(A):
    def __radd__(self, other):
        return "SubA.__radd__"


print(A() + 1, 1 + A(), A() + B())
print(A() + SubA())
try:
    A() + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + A()
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
    ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
    ("@", lambda a, b: a @ b), ("divmod", divmod),
]
for name, op in ops:
    for a, b in [(Plain(), 1), (1, Plain()), (Plain(), Plain())]:
        try:
            op(a, b)
        except TypeError as e:
            print(name, e)
for name, op in [("-", lambda a: -a), ("+", lambda a: +a), ("~", lambda a: ~a), ("abs", abs)]:
    try:
        op(Plain())
    except TypeError as e:
        print(name, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __rsub__(self, o):
        return Num(o - self.v)

    def __pow__(self, o, mod=None):
        return ("pow", self.v, o, mod)

    def __rpow__(self, o):
        return ("rpow", o, self.v)

    def __matmul__(self, o):
        return "matmul"

    def __rmatmul__(self, o):
        return "rmatmul"

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)

    def __repr__(self):
        return f"Num({self.v})"


print(Num(5) - 2, 10 - Num(3), Num(5) - Num(1))
print(Num(2) ** 3, 2 ** Num(3), pow(Num(2), 3))
print(Num(1) @ 1, 1 @ Num(1))


class Both:
    def __eq__(self, o):
        return NotImplemented

    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


try:
    Both() + Both()
except TypeError as e:
    print(e)
print(Both() == Both(), Both() != 1)


class IntSub(int):
    def __radd__(self, o):
        return "IntSub.__radd__"

    def __add__(self, o):
        return "IntSub.__add__"


print(1 + IntSub(2), IntSub(2) + 1, 1.5 + IntSub(1))


class StrSub(str):
    def __radd__(self, o):
        return "rstr"


print("a" + StrSub("b"), StrSub("b") + "a")


class ReturnsNI:
    def __add__(self, o):
        return NotImplemented


try:
    ReturnsNI() + 1
except TypeError as e:
    print(e)
print(NotImplemented, type(NotImplemented).__name__, bool is type(True))
