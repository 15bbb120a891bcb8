# dropwhile, takewhile, filterfalse, starmap, tee, zip_longest and pairwise.
from itertools import dropwhile, takewhile, filterfalse, starmap, tee, zip_longest, pairwise

data = [1, 4, 6, 4, 1]
print(list(dropwhile(lambda x: x < 5, data)), list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: True, data)), list(takewhile(lambda x: False, data)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5, 2], "ab"])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = tee("ab", 3)
print(list(x), list(y), list(z), tee([1], 0))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest([1, 2])))
print(list(pairwise("abcde")), list(pairwise([1])), list(pairwise([])))
try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip_longest(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__)
