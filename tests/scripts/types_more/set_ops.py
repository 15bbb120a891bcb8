# set and frozenset: every operator and method, mixed types, errors.
def show(expr):
    try:
        r = eval(expr)
        print(expr, '->', sorted(r) if isinstance(r, (set, frozenset)) else repr(r), type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["{1, 2} | {3}", "{1, 2} & {2, 3}", "{1, 2} - {2}", "{1, 2} ^ {2, 3}", "{1, 2} <= {1, 2}", "{1, 2} < {1, 2}",
             "{1} < {1, 2}", "{1, 2} >= {1}", "{1, 2} > {1, 2}", "{1, 2} == frozenset({1, 2})", "frozenset({1}) | {2}",
             "{2} | frozenset({1})", "frozenset('ab') & set('bc')", "{1, 2}.union([3], (4,))", "{1, 2}.intersection([2], {2, 5})",
             "{1, 2, 3}.difference([1], [2])", "{1, 2}.symmetric_difference([2, 3])", "{1}.issubset([1, 2])", "{1, 2}.issuperset([1])",
             "{1}.isdisjoint([2])", "{1}.isdisjoint({1})", "set().union()", "{1} | [2]", "{1} & 'a'", "{1} - None", "{1} < [1]",
             "{1} <= frozenset()", "frozenset().union('ab')", "set('hello') == set('olleh')", "{1, 2}.copy()", "frozenset([1]).copy()",
             "len({1, 1.0, True})", "{0, False, 0.0}", "{(1, 2), (1, 2)}", "{[1]}", "{1}.add([])", "set([[]])", "{frozenset([1])}",
             "{{1}}", "hash(frozenset([1, 2])) == hash(frozenset([2, 1]))", "hash({1})", "{1}.remove(2)", "set().pop()",
             "{1}.discard(2)", "{1, 2}.intersection()", "{1}.update(1)", "set(1)", "frozenset(None)", "set([1, 2], [3])",
             "{1, 2} in [{1, 2}]", "{1} in {frozenset({1})}", "frozenset() == set()", "set() is set()", "1 in {1.0}",
             "{1, 2}.__contains__([])", "[] in {1}", "{1, 2} + {3}", "{1} * 2", "frozenset({1, 2}) - {1}"]:
    show(expr)
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {9, 2}
print(sorted(s))
s.update([10], (11,))
s.intersection_update([4, 9, 10, 11, 12], [4, 9, 10, 11])
s.difference_update([10])
s.symmetric_difference_update({4, 100})
print(sorted(s), s.pop() in (9, 11, 100), len(s))
s.clear()
print(s, set(), frozenset(), repr(frozenset([3])), repr({5}))
fs = frozenset([1, 2])
fs2 = fs
fs2 |= {3}
print(sorted(fs), sorted(fs2), fs is fs2)
t = {1, 2}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
for bad in ['frozenset([1]).add(2)', 'frozenset().clear()', "{1}.remove([])"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
