# islice with stop, start/stop/step, None arguments, and its errors.
from itertools import islice, count

s = "abcdefghij"
print(list(islice(s, 3)), list(islice(s, 2, 5)), list(islice(s, 1, None, 3)), list(islice(s, None)))
print(list(islice(s, 0)), list(islice(s, 5, 2)), list(islice(s, 20)), list(islice(s, 8, 100)))
print(list(islice(count(), 5, 20, 4)), list(islice(range(100), None, None, 25)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(-1,), (1, -1), (-2, 5), ("a",), (1, 5, 0), (1, 5, -1), (1, 5, "x"), (1.5,)]:
    try:
        islice(s, *args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    islice(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(islice(s, 2, None, None)), list(islice(s, None, 4, 2)))
