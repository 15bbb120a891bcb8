# sys.exc_info(): inside handlers, nested handlers, after handlers end, in finally and generators.
import sys

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb is v.__traceback__)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


def inner():
    return sys.exc_info()[1]


try:
    raise TypeError("seen by callee")
except TypeError:
    print(repr(inner()))
try:
    try:
        raise OSError("x")
    finally:
        print("in finally", sys.exc_info()[0].__name__)
except OSError:
    pass


def gen():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


g = gen()
print(next(g))
try:
    raise IndexError
except IndexError:
    print(next(g))
print(sys.exc_info())


def swallow():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[0].__name__


print(swallow(), sys.exc_info())
try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print(repr(e.__context__))
    print(repr(sys.exc_info()[1]))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit sees", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True


with CM():
    raise LookupError
with CM():
    pass
try:
    raise ValueError("bare raise")
except ValueError:
    try:
        raise
    except ValueError as e:
        print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
