# count, cycle and repeat, with their reprs.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(-1, -2), 3)))
c = count(5)
print(c, next(c), next(c), c)
print(count(1.5, 0.5), count(2, 3), count(-1), count(0, 1.0), count(10**20))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1]), 3)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -5)))
r = repeat(7, 2)
print(r, next(r), r, next(r), r, list(r))
print(repeat("a"), repeat([1, 2], 3), list(islice(repeat(4), 3)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))
try:
    count("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    repeat()
except TypeError as e:
    print(type(e).__name__)
