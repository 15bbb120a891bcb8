import collections
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), tuple(p))
print(Point._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(type(p).__name__, isinstance(p, tuple), Point.__doc__)
x, y = p
print(x + y, hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3(9, 8), P3._field_defaults)
R = namedtuple("R", "a def a _x ok", rename=True)
print(R._fields)
One = namedtuple("One", "v")
print(One(1))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields)

for bad in (lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "_a"),
            lambda: namedtuple("Bad", "class"), lambda: namedtuple("Bad", "1x"),
            lambda: namedtuple("Bad", "a b", defaults=[1, 2, 3]),
            lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3),
            lambda: Point(1, 2, x=3), lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: P3(), lambda: setattr(p, "x", 5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Sub(namedtuple("Base", "a b")):
    def total(self):
        return self.a + self.b


s = Sub(2, 3)
print(s, s.total())

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["a"], c["zzz"], c.total())
print(sorted(c.elements()))
c.update("aaz")
c.update({"q": 3})
print(c)
c.subtract({"a": 10, "b": 1})
print(c)
print(+c)
print(-c)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=5)
print(a + b, a - b, a | b, a & b)
print(a == Counter(b=1, a=3), a != b, Counter(a=1) <= Counter(a=2, b=1))
print(Counter(), Counter({"x": 2}), Counter(x=1, y=2).most_common())
d = Counter(a=2)
d += Counter(a=1, b=-1)
print(d)
del d["missing"]
print(list(Counter("hello").keys()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)


class Tally(Counter):
    pass


print(Tally("aab"))

dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq, collections.deque is deque)
dd = defaultdict(list)
dd["k"].append(1)
print(dict(dd))
od = OrderedDict(a=1)
od["b"] = 2
od.move_to_end("a")
print(od)

cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.get("z", 0))
cm["c"] = 4
print(cm.maps)
