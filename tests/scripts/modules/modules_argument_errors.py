# Argument errors of the native modules, with CPython's exception types and messages.
import collections
import functools
import heapq
import itertools
import operator
import time


def check(call):
    try:
        result = call()
        print("ok", result)
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: collections.deque([1], maxlen="a"))
check(lambda: collections.deque([1]).index(1, "a"))
check(lambda: collections.deque([1, 2, 3]).index(3, -2))
check(lambda: collections.defaultdict(list, 5))
check(lambda: functools.lru_cache(maxsize=None)(5))
check(lambda: functools.reduce(None, [1, 2]))
check(lambda: functools.partial(len)())
check(lambda: list(itertools.product(5)))
check(lambda: list(itertools.chain.from_iterable(5)))
check(lambda: next(itertools.groupby(5)))
check(lambda: operator.itemgetter(1)(5))
check(lambda: heapq.nlargest(2, 5))
check(lambda: list(heapq.merge([1], 5)))
check(lambda: time.strftime("%Y", (1, 2)))
check(lambda: time.gmtime("x"))
check(lambda: list(itertools.islice([1, 2, 3], None, None, None)))
