# update_wrapper / wraps copy the metadata and set __wrapped__.
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)

    return wrapper


@trace
def greet(name, punctuation="!"):
    "Say hello."
    return "hello " + name + punctuation


print(greet("bob"), greet("ann", punctuation="?"))
print(greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__("raw"))


def source():
    "source doc"


source.custom = 5


def target():
    pass


result = functools.update_wrapper(target, source)
print(result is target, target.__name__, target.__doc__, target.custom, target.__wrapped__ is source)


def other():
    pass


functools.update_wrapper(other, source, assigned=("__doc__",), updated=())
print(other.__name__, other.__doc__, hasattr(other, "custom"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def counted(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)

    inner.calls = 0
    return functools.update_wrapper(inner, fn)


@counted
def double(x):
    return 2 * x


print(double(2), double(3), double.calls, double.__name__)
