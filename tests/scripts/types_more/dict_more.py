# dict: views with set operations, | and |=, fromkeys, setdefault, popitem order, errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it, list(k), list(it))
d['d'] = 4
print(k, v, it)
print(k == {'a', 'b', 'c', 'd'}, k == ['a', 'b', 'c', 'd'], it == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, v == v)
print(sorted(k & ['a', 'z']), sorted(k | ['z']), sorted(k - {'a', 'b'}), sorted(k ^ {'d', 'e'}), k <= {'a', 'b', 'c', 'd', 'e'},
      k < {'a', 'b', 'c', 'd'}, k >= {'a'}, sorted(it - {('a', 1)}), sorted(it & {('b', 2), ('b', 3)}))
print({1: 'x'} | {2: 'y'}, {1: 'x'} | {1: 'z'})
e = {1: 1}
e |= {2: 2}
e |= [(3, 3)]
print(e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)), dict.fromkeys('ab', []))
f = {}
print(f.setdefault('x', []), f.setdefault('x', 5), f.setdefault('y'), f)
f['x'].append(1)
g = {i: i * i for i in range(5)}
print(g.popitem(), g.popitem(), g, g.pop(0), g.pop(99, 'dflt'), g.get(99), g.get(1, 'no'), g)
del g[1]
g[9] = 9
g[2] = 'again'
print(g, list(g), list(reversed(g)), list(reversed(g.items())))
print(dict(a=1, b=2), dict([('x', 1)], y=2), dict({'k': 1}, k=2), dict(zip('ab', [1, 2])), dict(), dict(**{'z': 0}))
h = {True: 'a', 1: 'b', 1.0: 'c'}
print(h, {0: 1, -0.0: 2, False: 3}, {(1, 2): 'tuple', frozenset([1]): 'fs'})
for expr in ["{}['k']", "{}.pop('k')", "{}.popitem()", "{[]: 1}", "{}.setdefault([])", "dict([1])", "dict([(1, 2, 3)])",
             "dict(1)", "{1: 2} | [1]", "{1: 2} + {3: 4}", "{1: 2}.keys() + 1", "{1: 1} < {2: 2}", "{}.get()", "dict.fromkeys(1)",
             "{'a': 1}.update(1)", "{'a': 1}.update([(1,)])", "{}.pop()", "{}.keys()[0]", "hash({}.keys())", "{(1, []): 1}",
             "dict(a=1).update(b=2)", "{1: 2}.__getitem__(3)", "{1: 'a'}.copy()", "{1: 2} == {1: 2.0}", "{1: 2}.values() == {1: 2}.values()",
             "list({'b': 1, 'a': 2}.items())", "{1: 2, **{3: 4}}", "{**{1: 2}, 1: 3}", "dict.fromkeys('ab', 0).keys() & 'a'",
             "{'a': 1}.keys().isdisjoint('bc')", "len({1: 1}.items())", "{'x': 1} == dict(x=1)", "{}.items() == set()"]:
    show(expr)
m = {1: 'a', 2: 'b'}
try:
    for key in m:
        m[key + 10] = 'c'
except RuntimeError as ex:
    print('RuntimeError', ex)
try:
    for key in m:
        del m[key]
except RuntimeError as ex:
    print('RuntimeError', ex)
