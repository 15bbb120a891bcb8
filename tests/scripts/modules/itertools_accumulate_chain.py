# accumulate (with func and initial), chain and chain.from_iterable, compress.
from itertools import accumulate, chain, compress
import operator

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc")))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([1, 2, 3], lambda a, b: a - b, initial=10)))
print(list(accumulate(iterable=[1, 1], func=operator.add)))
print(list(chain("ab", [1, 2], (3,), range(2))), list(chain()), list(chain([], "")))
print(list(chain.from_iterable(["xy", "z", []])), list(chain.from_iterable([[1], [2, 3]])))
print(list(chain.from_iterable(iter([range(2), range(3)]))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 5)))
print(list(compress("abc", [1, 1])), list(compress("a", [1, 1, 1])))
print(list(compress(data="xyz", selectors=[0, 1, 1])))
try:
    list(chain([1], 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
