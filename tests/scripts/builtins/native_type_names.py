# Native types from modules show their module in repr(type) and in error messages where CPython does.
import collections, io, functools, itertools
dq = collections.deque()
print(repr(type(dq)), type(dq).__name__, type(dq).__qualname__, type(dq).__module__)
print(repr(collections.OrderedDict), repr(collections.defaultdict), repr(io.StringIO), repr(functools.partial))
print(repr(itertools.count), repr(int), repr(type(iter([]))), repr(type(None)), int.__module__, len.__module__ if hasattr(len, '__module__') else '')
for bad in [lambda: hash(collections.deque()), lambda: hash(collections.defaultdict()), lambda: hash(collections.OrderedDict()),
            lambda: collections.deque() + 1, lambda: collections.deque()[0], lambda: len(itertools.count()),
            lambda: io.StringIO() + 1, lambda: functools.partial(print) < 1, lambda: collections.deque().nope,
            lambda: itertools.count().nope, lambda: io.StringIO().nope, lambda: collections.defaultdict(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
