# More operator protocols: reflected operands with builtins, in-place fallbacks, comparisons.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k))
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __floordiv__(self, other):
        return self.cents // other.cents

    def __mod__(self, other):
        return Money(self.cents % other)

    def __pow__(self, p):
        return Money(self.cents ** p)

    def __lshift__(self, n):
        return Money(self.cents << n)

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __matmul__(self, o):
        return "matmul"

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __hash__(self):
        return hash(self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __invert__(self):
        return Money(-self.cents)

    def __int__(self):
        return self.cents

    def __float__(self):
        return self.cents / 100

    def __round__(self, n=0):
        return Money(round(self.cents, n - 2))


a, b = Money(150), Money(275)
print(a + b, a + 5, 5 + a, sum([a, b], Money(0)), a * 2, 3 * a, a * 1.5)
print(b / 2, b // a, b % 100, a ** 2, a << 2, a & b, a | b, a ^ b, a @ b)
print(a == Money(150), a != b, a < b, a <= b, a > b, b >= a, sorted([b, a]))
print(abs(Money(-5)), ~a, int(a), float(a), round(Money(1234)), {a: 1}[Money(150)])
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" * a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a > 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(max(a, b), min([b, a]), a in [b, Money(150)], [a, b].index(Money(275)))


class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Rev.__eq__")
        return NotImplemented


print(Rev(1) == Rev(1), Rev(1) != 2, 1 == Rev(1))


class Base:
    def __lt__(self, other):
        return "Base.__lt__"


class Sub(Base):
    def __gt__(self, other):
        return "Sub.__gt__"


print(Base() < Sub(), Sub() < Base(), Base() < Base())
