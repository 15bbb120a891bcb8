# functools.reduce with and without an initial value, and its errors.
from functools import reduce
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 11)))
print(reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [42]))
print(reduce(lambda a, b: a + b, "abc", "->"))
print(reduce(lambda a, b: a + b, (x for x in range(5))))
for args in [(lambda a, b: a, []), (len,), (len, 5), (len, [1], 2, 3)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    reduce(function=len, iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
