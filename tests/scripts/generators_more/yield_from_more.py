# yield from: return values, send/throw/close delegation, non-generator iterables, errors.
def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i3"
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"


g = outer()
print(next(g), g.send("sent"), g.throw(KeyError("k")), next(g))
print(next(g, "end"))


def closer():
    try:
        yield 1
    finally:
        print("inner closed")


def delegating():
    try:
        yield from closer()
    finally:
        print("outer closed")


d = delegating()
next(d)
d.close()


def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    r = yield from iter([])
    yield r


print(list(from_iterables()))


def bad_target():
    yield from 5


try:
    list(bad_target())
except TypeError as e:
    print(type(e).__name__, e)


class Iter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("iter done")
        return self.n


def use_iter():
    r = yield from Iter()
    yield ("result", r)


print(list(use_iter()))


def send_to_list():
    yield from [1, 2]


s = send_to_list()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1], (2, 3), chain("x", "y"))))


def depth(n):
    if n == 0:
        return (yield "bottom")
    return (yield from depth(n - 1)) + 1


g = depth(50)
print(next(g))
try:
    g.send(0)
except StopIteration as e:
    print("depth result", e.value)


def returns_stop():
    return StopIteration("value is an exception")
    yield


def get_ret():
    v = yield from returns_stop()
    yield type(v).__name__


print(list(get_ret()))


def gen_throw_inner():
    try:
        yield 1
    except ValueError:
        return "handled"


def throw_through():
    r = yield from gen_throw_inner()
    yield r


t = throw_through()
next(t)
print(t.throw(ValueError))
