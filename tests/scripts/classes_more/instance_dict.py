# __dict__ and vars(): reading and editing instance dicts, vars() errors, dir(), class renames.
class K:
    cls_attr = 1

    def __init__(self):
        self.a = 1


k = K()
print(k.__dict__, vars(k), vars(k) is k.__dict__)
k.__dict__["b"] = 2
print(k.b)
k.__dict__.clear()
k.__dict__["c"] = 3
print(k.c, hasattr(k, "a"))
print("cls_attr" in K.__dict__, K.__dict__["cls_attr"])
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(k, k)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(k) if not n.startswith("__")])


print(K.__name__, K.__qualname__)
K.__name__ = "Renamed"
print(K.__name__, K)
try:
    K.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
K.__doc__ = "new doc"
print(K.__doc__)


class Custom:
    def __dir__(self):
        return ["z", "a", "m"]


print(dir(Custom()))
del k.__dict__["c"]
print(k.__dict__)
