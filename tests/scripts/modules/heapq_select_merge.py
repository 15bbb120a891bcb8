# nlargest / nsmallest (stable on ties, with key=) and merge.
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 1]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(1, data), heapq.nsmallest(1, []))
print(heapq.nlargest(0, data), heapq.nsmallest(-2, data), heapq.nlargest(20, data), heapq.nsmallest(10, "hello"))
words = ["bb", "a", "ccc", "dd", "e"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(3, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([(1, "first")], [(1, "second")], key=lambda p: p[0])))
print(list(heapq.merge(iter([1, 3]), (2, 4))))
try:
    heapq.nlargest("x", [1])
except TypeError as e:
    print(type(e).__name__, e)
