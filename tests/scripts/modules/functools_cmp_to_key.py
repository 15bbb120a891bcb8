# cmp_to_key turns an old-style comparison into a key for sorting.
from functools import cmp_to_key


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))
print(max([3, 7, 1], key=cmp_to_key(lambda a, b: a - b)), min("zyx", key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
K = cmp_to_key(lambda a, b: a - b)
x, y = K(1), K(2)
print(x < y, x > y, x == y, x <= y, x != y, x.obj, y.obj)
try:
    hash(x)
except TypeError as e:
    print(type(e).__name__)
try:
    x < 5
except TypeError as e:
    print(type(e).__name__, e)
items = [(1, "b"), (0, "a"), (1, "a")]
items.sort(key=cmp_to_key(lambda p, q: p[0] - q[0]))
print(items)
