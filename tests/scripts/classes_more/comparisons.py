# Rich comparisons: reflection, NotImplemented, default identity equality, ordering TypeErrors.
class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented

    def __gt__(self, o):
        print("A.__gt__")
        return self.v > o.v if isinstance(o, A) else NotImplemented


class B:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        print("B.__gt__")
        return "B says gt"


print(A(1) < B(2))
print(A(3) > A(2))
print(B(1) > A(2))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
for op, fn in [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b),
               (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]:
    for a, b in [(p, q), (p, 1), (1, p), ("s", 1), (None, None), ([1], (1,))]:
        try:
            fn(a, b)
        except TypeError as e:
            print(op, e)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v


print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__)


class NeOnly:
    def __ne__(self, o):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == 1)


class Sub(Eq):
    def __eq__(self, o):
        return "Sub.__eq__ first"


print(Eq(1) == Sub(1), Sub(1) == Eq(1))


class Sorted:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"S{self.v}"


print(sorted([Sorted(3), Sorted(1), Sorted(2)]), max(Sorted(1), Sorted(5)), min([Sorted(4), Sorted(0)]))
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)


class Weird:
    def __eq__(self, o):
        return [1]

    def __bool__(self):
        raise ValueError("no bool")


print(Weird() == 1, 1 == Weird())
print([Weird()] == [Weird()])
try:
    Weird() in [1]
    print("in ok")
except ValueError as e:
    print(e)
print(1 < 2 < 3, 3 > 2 > 2, (1, 2) < (1, 3), [1, 2] <= [1, 2], "a" < "b" <= "b")


class Chain:
    def __lt__(self, o):
        print("lt", o)
        return True


c = Chain()
print(c < 1 < 2, 1 < 2 < c if False else "skip")
try:
    (1, Plain()) < (1, Plain())
except TypeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
print(NotImplemented == NotImplemented)
