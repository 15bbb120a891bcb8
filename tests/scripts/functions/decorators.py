# Decorators: plain, with arguments, stacked, class decorators, functools.wraps metadata.
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        return fn(*args, **kw)
    return wrapper


def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco


@trace
def add(a, b=1):
    """Adds."""
    return a + b


print(add(2), add(2, b=5))
print(add.__name__, add.__qualname__, add.__doc__, add.__wrapped__.__name__)
print(add.__module__, hasattr(add, "__wrapped__"))


@repeat(3)
@trace
def hello(x):
    return x * 2


print(hello(4))
print(hello.__name__, hello.__wrapped__.__name__, hello.__wrapped__.__wrapped__.__name__)


def plain(fn):
    def wrapper():
        return fn()
    return wrapper


@plain
def named():
    """doc"""


print(named.__name__, named.__qualname__, named.__doc__)


def register(registry):
    def deco(obj):
        registry.append(obj.__name__)
        return obj
    return deco


reg = []


@register(reg)
class K:
    pass


@register(reg)
def fn():
    pass


print(reg, K.__name__)


def add_attr(**attrs):
    def deco(f):
        for k, v in attrs.items():
            setattr(f, k, v)
        return f
    return deco


@add_attr(tag="x", level=2)
def tagged():
    pass


print(tagged.tag, tagged.level, sorted(tagged.__dict__))

order = []


def d1(f):
    order.append("d1")
    return f


def d2(f):
    order.append("d2")
    return f


@d1
@d2
def stacked():
    pass


print(order)


@(lambda f: f.__name__.upper())
def expression_decorator():
    pass


print(expression_decorator)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.__name__, fib.__doc__, len(fib.cache))


def bad_decorator(f):
    raise ValueError("decorator failed for " + f.__name__)


try:
    @bad_decorator
    def victim():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    @42
    def v2():
        pass
except TypeError as e:
    print(type(e).__name__, e)
