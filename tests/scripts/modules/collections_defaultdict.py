# collections.defaultdict: default_factory, __missing__, repr, copy, dict behaviour.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups), "q" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["m"], dict(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print(nested["x"]["y"], sorted(nested["x"].items()), list(nested))
s = defaultdict(set)
s[1].add("a")
s[1].add("a")
print(s)
n = defaultdict(None, {1: 2})
print(n, n.default_factory)
try:
    n[5]
except KeyError as e:
    print(type(e).__name__, e)
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
c = groups.copy()
c["new"].append(1)
print(type(c).__name__, c.default_factory is list, "new" in groups, len(c))
print(isinstance(groups, dict), groups == {"a": ["apple", "avocado"], "b": ["banana", "blueberry"], "c": ["cherry"], "z": []})
print(groups.get("nothing"), "nothing" in groups, groups.pop("z"), sorted(groups))
d = defaultdict(int, a=1, b=2)
print(d, defaultdict(str, [(1, "x")]))
d.default_factory = list
print(d["q"], d)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
print(defaultdict(list).__missing__("k"))
