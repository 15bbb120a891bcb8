# A class's __dict__ is a read-only mappingproxy.


class C:
    """Doc."""
    x = 1

    def method(self):
        return 2


d = C.__dict__
print(type(d).__name__, type(d).__module__, type(d).__qualname__, type(d) is type(int.__dict__))
print(repr(type("E", (), {"a": 1}).__dict__)[:40])
print(sorted(d), len(d) == len(dict(d)), "x" in d, "y" in d, d["x"], d.get("x"), d.get("y"),
      d.get("y", 5))
print(sorted(d.keys()), type(d.keys()).__name__, type(d.values()).__name__,
      type(d.items()).__name__)
print(sorted(k for k in d), d["__doc__"], d["__module__"])
print(type(d.copy()).__name__, d.copy() == dict(d), d == dict(d), d != {}, bool(d))
print(sorted((d | {"z": 0}).keys())[-1], type(d | {"z": 0}).__name__,
      type({"z": 0} | d).__name__)

# The proxy is live: changes to the class show through it.
C.y = 10
print(d["y"], "y" in d)
del C.y
print("y" in d)

# Writes are refused.
for action in ("d['x'] = 2", "del d['x']", "d.x = 1", "d |= {}", "d.pop('x')", "d.clear()",
               "d.update({})", "d.setdefault('q', 1)", "hash(d)", "d['missing']", "d | 1",
               "d.get()", "d.get(1, 2, 3)", "d.keys(1)", "d.get(key='x')"):
    try:
        exec(action)
        print(action, "ok")
    except (TypeError, AttributeError, KeyError) as e:
        print(action, type(e).__name__, e)

# Builtin classes have one too.
print(type(int.__dict__).__name__, "__add__" in int.__dict__, "append" in list.__dict__,
      list.__dict__["append"])

# mappingproxy() itself.
MP = type(d)
p = MP({"b": 2, "a": 1})
print(p, str(p), list(p), list(reversed(p)), p["a"], len(p), p == {"a": 1, "b": 2})
print(MP(MP({"k": "v"})), MP[str, int])
for bad in ([1], (1,), 5, None):
    try:
        MP(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for args, kwargs in (((), {}), (({}, {}), {}), ((), {"mapping": {"m": 1}}), ((), {"x": 1})):
    try:
        print(MP(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Sub(MP):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(MP) if not n.startswith("_")))


# A mapping that is not a dict.
class Squares:
    def __getitem__(self, key):
        return key * key

    def __len__(self):
        return 3

    def keys(self):
        return [1, 2, 3]

    def get(self, key, default=None):
        return self[key]


sq = MP(Squares())
print(sq[4], len(sq), sq.keys(), sq.get(5))

# The standard library's readers of cls.__dict__ keep working.
import dataclasses
import enum


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(Point(1), [f.name for f in dataclasses.fields(Point)], Color.RED, list(Color))
print(vars(C) == C.__dict__, type(vars(C)).__name__)
