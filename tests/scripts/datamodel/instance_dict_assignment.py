# obj.__dict__ = {...}, del obj.__dict__, and the __dict__ / __weakref__ descriptors.


class A:
    x = "class"


a = A()
a.y = 1
new = {"y": 2, "z": 3}
a.__dict__ = new
print(a.y, a.z, a.__dict__ is new, a.x)
new["w"] = 4
print(a.w, vars(a))


class MyDict(dict):
    pass


a.__dict__ = MyDict(q=1)
print(a.q, type(a.__dict__).__name__)
for bad in ([], None, 5, (("k", 1),), A.__dict__):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
print(a.q)

del a.__dict__
print(a.__dict__, hasattr(a, "q"))
a.fresh = True
print(a.__dict__)


# Without a __dict__.
class Slotted:
    __slots__ = ("v",)


s = Slotted()
for action in ("s.__dict__", "s.__dict__ = {}", "del s.__dict__", "vars(s)"):
    try:
        exec(action)
        print(action, "ok")
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__, e)

# The descriptors in the class namespace.
d = A.__dict__["__dict__"]
w = A.__dict__["__weakref__"]
print(d, w, type(d).__name__, a.__weakref__, d.__get__(a) is a.__dict__)
print(type(d) is type(int.__dict__["real"]) if "real" in int.__dict__ else "no real")
for action in ("d.__get__(1)", "d.__set__(1, {})", "w.__get__(1)", "a.__weakref__ = 1",
               "d.__set__(a, 5)"):
    try:
        exec(action)
        print(action, "ok")
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__, e)
d.__set__(a, {"via": "descriptor"})
print(a.via)


class Child(A):
    pass


class WithSlotsDict:
    __slots__ = ("a", "__dict__")


class WithWeak:
    __slots__ = ("__weakref__",)


for cls in (A, Child, WithSlotsDict, WithWeak, Slotted):
    print(cls.__name__, [k for k in cls.__dict__ if k not in ("__module__", "__qualname__")])
try:
    class Twice(WithWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)
try:
    class Twice2(frozenset):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)

# A subclass of str, with attributes at the end of its variable-size instances.
class S(str):
    pass


t = S("abc")
t.__dict__ = {"k": 1}
print(t.k, t)
del t.__dict__
print(t.__dict__)
