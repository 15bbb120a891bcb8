# frozenset as dict keys and set members, set comprehension, copying and identity of results.
fs = frozenset([3, 1, 2])
d = {fs: 'value', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()], frozenset([1, 2]) in {frozenset([2, 1])}, len({fs, frozenset((1, 2, 3))}))
s = {x % 4 for x in range(10)}
print(sorted(s), sorted(s | fs), type(s | fs).__name__, type(fs | s).__name__, type(fs & s).__name__)
c = s.copy()
c.add(99)
print(sorted(s), sorted(c), c is s, fs.copy() is fs, frozenset(fs) is fs)
print(sorted({1, 2} | {2, 3} & {3, 4}), sorted(({1, 2} | {2, 3}) & {3, 4}), {1} < {1, 2} < {1, 2, 3})
e = set()
e.update('ab', [1], range(2))
print(sorted(map(str, e)), len(e), 'a' in e, 2 in e)
print(set('aab') == {'a', 'b'}, frozenset('ab') == set('ba'), {1, 2} != {1, 2, 3}, set() == frozenset())
