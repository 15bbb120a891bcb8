# Container and callable protocols on classes: __getitem__ iteration, __contains__, __call__, __index__.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()])
it = iter(Seq())
print(type(it).__name__, next(it), next(it))


class Cont:
    def __contains__(self, x):
        return x == "yes"


print("yes" in Cont(), "no" in Cont(), "no" not in Cont())


class NoIter:
    pass


for bad in [lambda: iter(NoIter()), lambda: list(NoIter()), lambda: 1 in NoIter(),
            lambda: NoIter()[0], lambda: len(NoIter()), lambda: NoIter()(),
            lambda: next(NoIter()), lambda: reversed(NoIter())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()), hex(Idx()))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(e)


class IterNone:
    __iter__ = None


try:
    iter(IterNone())
except TypeError as e:
    print(e)


class Callable:
    def __call__(self, *a, **k):
        return a, k


print(Callable()(1, x=2), callable(Callable()), callable(Callable))


class Items:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __getitem__(self, k):
        return self.d[k]


it = Items()
it["a"] = 1
it[1, 2] = "s"
print(it.d)
del it["a"]
try:
    del it["a"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Seq()["x"] = 1
except TypeError as e:
    print(e)
try:
    del Seq()[0]
except TypeError as e:
    print(e)


class Rev:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Rev())))


class LenGet:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


print(list(reversed(LenGet())))


class Missing(dict):
    def __missing__(self, k):
        return k * 2


print(Missing()["x"], Missing({"x": 1})["x"], Missing().get("y"))


class Hint:
    def __length_hint__(self):
        return 7


import operator
print(operator.length_hint([1, 2]), operator.length_hint(NoIter(), 4))
