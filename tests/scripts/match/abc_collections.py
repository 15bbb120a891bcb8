# Classes derived from collections.abc.Sequence and Mapping match sequence and mapping patterns.
import collections
import collections.abc


class Triple(collections.abc.Sequence):
    def __init__(self, a, b, c):
        self.items = (a, b, c)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self.items[i]


class Settings(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw

    def __getitem__(self, key):
        return self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    # coil's collections.abc.Mapping has no mixin methods yet.
    def get(self, key, default=None):
        return self.data.get(key, default)

    def keys(self):
        return self.data.keys()


match Triple(1, 2, 3):
    case [a, *rest]:
        print("sequence", a, rest)

match Triple(1, 2, 3):
    case [_, _, last]:
        print("last", last)

match Settings(color="red", size=3):
    case {"color": c, "size": s}:
        print("mapping", c, s)

match Settings(color="red"):
    case {"size": s}:
        print("not reached")
    case {}:
        print("a mapping without size")

match collections.deque([1, 2, 3]):
    case [1, *others]:
        print("deque", others)

match collections.Counter("aab"):
    case {"a": n}:
        print("Counter", n)

match collections.UserDict({"k": 1}) if hasattr(collections, "UserDict") else {"k": 1}:
    case {"k": v}:
        print("UserDict", v)

match Settings(color="red", size=3, shape="round"):
    case {"color": c, **others}:
        print("rest of a Mapping:", c, sorted(others.items()), type(others).__name__)

print({**Settings(a=1)})
