# RecursionError messages: plain recursion, recursive __repr__ and __eq__, nested containers,
# with CPython 3.11's suffixes at several starting depths.
import sys

# A low limit keeps the GC-stress build (which collects on every allocation) quick.
sys.setrecursionlimit(250)


def rec(n):
    return rec(n + 1) + 1


class R:
    def __repr__(self):
        return repr(self)


class R1:
    def __repr__(self):
        return "R(%r)" % (self,)


class R3:
    def __repr__(self):
        return "R(" + repr(self) + ")"


class RF:
    def __repr__(self):
        return f"{self!r}"


class E:
    def __eq__(self, o):
        return self == o


class E2:
    def __eq__(self, o):
        return [self] == [o]


class L:
    def __lt__(self, o):
        return self < o


class H:
    def __hash__(self):
        return hash(self)


class Ab:
    def __abs__(self):
        return abs(self)


class C:
    def __call__(self):
        return self()


class GI:
    def __getitem__(self, i):
        return self[i]


def attempt(label, f):
    try:
        f()
    except RecursionError as e:
        print(label, "|", e)


def at(depth, label, f):
    if depth:
        return at(depth - 1, label, f)
    attempt(label, f)


cases = [
    ("rec", lambda: rec(0)), ("repr", lambda: repr(R())), ("%r", lambda: repr(R1())),
    ("concat", lambda: repr(R3())), ("fstring", lambda: repr(RF())), ("str", lambda: str(R())),
    ("list", lambda: repr([R()])), ("eq", lambda: E() == E()), ("eq-list", lambda: E2() == E2()),
    ("lt", lambda: L() < L()), ("hash", lambda: hash(H())), ("abs", lambda: abs(Ab())),
    ("call", lambda: C()()), ("getitem", lambda: GI()[0]),
]
for label, f in cases:
    attempt(label, f)
for depth in range(4):
    for label, f in cases:
        at(depth, label + str(depth), f)
nested = []
for i in range(3000):
    nested = [nested]
attempt("nested-repr", lambda: repr(nested))
attempt("nested-eq", lambda: nested == [nested])
d = {}
for i in range(3000):
    d = {1: d}
attempt("nested-dict", lambda: repr(d))
t = ()
for i in range(3000):
    t = (t,)
attempt("nested-tuple-eq", lambda: t == t[0])
print(sys.getrecursionlimit())
