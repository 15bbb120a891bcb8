# heappush/heappop/heapify/heapreplace/heappushpop keep CPython's exact heap layout.
import heapq
import random

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
h = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 4))
random.seed(1)
data = [random.randrange(100) for _ in range(30)]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(10)])
pairs = []
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "a")]:
    heapq.heappush(pairs, item)
print(pairs, heapq.heappop(pairs), pairs)
words = ["pear", "apple", "fig"]
heapq.heapify(words)
print(words)
for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
             lambda: heapq.heapify("abc"), lambda: heapq.heappush([1], "a"), lambda: heapq.heappush([])]:
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
