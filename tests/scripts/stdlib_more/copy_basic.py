# copy: copy and deepcopy of builtins, instances, slots, cycles, __copy__/__deepcopy__, errors.
import copy


def show(label, value):
    print(label, value)


nested = [1, [2, 3], {"k": [4]}, (5, [6]), {7, 8}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"],
      deep[3][1] is nested[3][1])
for value in [1, 2.5, "s", b"b", None, True, (1, 2), frozenset({1}), range(3), len, int]:
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)
t = (1, "a", (2,))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
d = {"a": [1], "b": {"c": 2}}
print(copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["a"] is d["a"], copy.deepcopy(d) == d)
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy(s)))
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))

# Cycles and shared references are preserved by deepcopy.
loop = [1]
loop.append(loop)
loop2 = copy.deepcopy(loop)
print(loop2[1] is loop2, loop2 is loop, loop2[0])
shared = [0]
pair = [shared, shared]
pair2 = copy.deepcopy(pair)
print(pair2[0] is pair2[1], pair2[0] is shared)
selfdict = {}
selfdict["me"] = selfdict
print(copy.deepcopy(selfdict)["me"] is not selfdict)
memo = {}
a = copy.deepcopy([shared], memo)
b = copy.deepcopy([shared], memo)
print(a[0] is b[0])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point([1], {"z": 2})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p2.x is p.x, p3, p3.x is p.x, type(p3).__name__)
p.self = p
p4 = copy.deepcopy(p)
print(p4.self is p4)


class Slotted:
    __slots__ = ("a", "b", "__private")

    def __init__(self):
        self.a = [1]
        self.__private = "hidden"

    def secret(self):
        return self.__private


sl = copy.copy(Slotted())
print(sl.a, hasattr(sl, "b"), sl.secret())
sl2 = copy.deepcopy(Slotted())
print(sl2.a, sl2.secret())


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom("copied " + str(self.v))

    def __deepcopy__(self, memo):
        return Custom("deep " + str(self.v))


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


st = copy.deepcopy(Stateful())
print(st.data, st.cache)


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, 99))


r = copy.copy(Reduced(1, 2))
print(r.a, r.b)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])
md = copy.copy(MyDict(a=[1]))
print(type(md).__name__, md)
e = copy.copy(ValueError("bad", 2))
print(type(e).__name__, e.args)
e2 = copy.deepcopy(KeyError(["k"]))
print(type(e2).__name__, e2.args)


class Base:
    pass


print(copy.copy(Base) is Base, copy.deepcopy(Base) is Base)
m = Point(1, 2).__repr__
print(copy.deepcopy(m)(), copy.copy(m)())

import collections

dq = collections.deque([1, [2]])
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[1] is dq[1])
od = collections.OrderedDict(a=1)
print(copy.copy(od))


def gen():
    yield 1


for value in [gen(), copy]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(value)
        except TypeError as e:
            print("TypeError", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)
