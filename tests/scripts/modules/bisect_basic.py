# bisect_left/right and insort_left/right, with lo/hi and key=.
import bisect
from operator import itemgetter

a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in range(7)], [bisect.bisect_right(a, x) for x in range(7)])
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right([], 1), bisect.bisect_left("aceg", "d"))
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([grades[bisect.bisect(grades, s, key=itemgetter(0)) - 1][1] for s in (65, 70, 85, 99)])
recs = [("a", 1), ("b", 3)]
bisect.insort(recs, ("c", 2), key=itemgetter(1))
bisect.insort_left(recs, ("d", 2), key=itemgetter(1))
print(recs, bisect.bisect_left(recs, 3, key=itemgetter(1)))
scores = [1.5, 2.5]
bisect.insort(scores, 2, lo=1)
print(scores)
for call in [lambda: bisect.bisect([], 1, -1), lambda: bisect.bisect(), lambda: bisect.bisect(5, 1),
             lambda: bisect.bisect([1, "a"], 2), lambda: bisect.insort((1, 2), 3),
             lambda: bisect.bisect([1], 1, 0, 1, 2)]:
    try:
        call()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
