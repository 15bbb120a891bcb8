# deque errors: empty pops, bad indices, mutation during iteration, missing values.
from collections import deque

d = deque([1, 2, 3])
cases = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d[3],
    lambda: d[-4],
    lambda: d["x"],
    lambda: d[1:2],
    lambda: d.remove(9),
    lambda: d.index(9),
    lambda: d.index(1, 1),
    lambda: deque(5),
    lambda: deque([1]) + [2],
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__)
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"))
