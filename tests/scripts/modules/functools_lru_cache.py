# lru_cache and cache: hits, misses, eviction order, cache_info/cache_clear, typed keys.
import functools
from functools import lru_cache, cache


@lru_cache(maxsize=2)
def square(x):
    print("compute", x)
    return x * x


print(square(2), square(2), square(3), square(4), square(2), square(4))
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (2, 4, 2, 2), tuple(info))
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__(5))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@cache
def add(x, y=1):
    print("add", x, y)
    return x + y


print(add(1), add(1), add(1, y=2), add(1, y=2), add(x=1, y=2), add.cache_info())


@lru_cache(maxsize=None)
def ident(x):
    print("ident", repr(x))
    return x


print(ident(1), ident(1.0), ident(True), ident.cache_info())


@lru_cache(typed=True)
def typed(x):
    print("typed", repr(x))
    return x


print(typed(1), typed(1.0), typed(1), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())
print(square.cache_parameters(), ident.cache_parameters())
try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ident([1])
except TypeError as e:
    print(type(e).__name__, e)
neg = lru_cache(maxsize=-5)(lambda x: x)
print(neg(3), neg.cache_info())
