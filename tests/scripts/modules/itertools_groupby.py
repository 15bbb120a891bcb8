# groupby: consecutive groups, key functions, and stale groupers after advancing.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabbcddd")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1, 3])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "bean", "beet", "corn"], key=lambda s: s[0])])
print(list(groupby([])))
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("xxyyz")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
pairs = [(1, "a"), (1, "b"), (2, "c"), (1, "d")]
for key, group in groupby(pairs, lambda p: p[0]):
    print(key, [p[1] for p in group])
print([k for k, _ in groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
