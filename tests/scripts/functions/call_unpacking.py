# Unpacking in calls: *iterables, **mappings, their order and every error.
def show(*args, **kw):
    return args, kw


print(show(*[1, 2], *(3,), *"ab", *range(2)))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(1, *[2, 3], 4, *[], x=1, **{"y": 2}))
print(show(*{1: "a", 2: "b"}))
print(show(*iter([7, 8])))


class Mapping:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, key):
        return key.upper()


print(show(**Mapping()))


def gen():
    yield 1
    yield 2


print(show(*gen()))

errors = [
    lambda: show(*1),
    lambda: show(*None),
    lambda: show(**1),
    lambda: show(**[1, 2]),
    lambda: show(**{1: 2}),
    lambda: show(**{"a": 1}, **{"a": 2}),
    lambda: show(a=1, **{"a": 2}),
    lambda: show(**{"a": 1}, a=2),
    lambda: len(*[1, 2]),
    lambda: print(**{"sep": 1}),
    lambda: dict(**{1: 2}),
    lambda: show(**None),
]
for i, call in enumerate(errors):
    try:
        print(i, call())
    except TypeError as e:
        print(i, type(e).__name__, e)


class NoKeys:
    def __getitem__(self, k):
        return 1


try:
    show(**NoKeys())
except TypeError as e:
    print(type(e).__name__, e)


class BadKeys:
    def keys(self):
        return [1]

    def __getitem__(self, k):
        return k


try:
    show(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)


class RaisingIter:
    def __iter__(self):
        raise ValueError("no iter")


try:
    show(*RaisingIter())
except ValueError as e:
    print(type(e).__name__, e)


def f(a, b, c):
    return a * 100 + b * 10 + c


print(f(*[1, 2], 3), f(1, *[2], **{"c": 3}), f(**{"c": 1, "b": 2, "a": 3}))
args = [1, 2, 3]
print(f(*args), args)
kw = {"a": 1, "b": 2, "c": 3}
print(f(**kw), kw)
