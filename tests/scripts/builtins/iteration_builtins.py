# enumerate(start), zip(strict), map with several iterables, filter(None), reversed, sorted.
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 3)),
      list(enumerate('a', 2**70)))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip('ab', [1, 2], strict=True)), list(zip(range(3), 'xy', (9,))))
for args in [('ab', [1]), ('a', [1, 2]), ('ab', 'cd', 'e'), ('a', 'b', 'cd'), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError', e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')),
      list(map(str, range(3))), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 0.0])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isupper, 'aBcD')))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), sorted(Seq(), reverse=True), 20 in Seq(), list(enumerate(Seq())))
print(sorted([3, 1, 2]), sorted('bca'), sorted({3: 1, 1: 2}), sorted([(2, 'a'), (1, 'b')], key=lambda p: p[1]),
      sorted([1, -3, 2], key=abs, reverse=True), sorted([], key=len), sorted(['bb', 'a', 'ccc', 'dd'], key=len))
for expr in ["enumerate(5)", "enumerate('a', 'b')", "zip(1)", "zip('a', strict=1) and 1", "map(abs)", "map(1, [1])",
             "list(map(1, [1]))", "filter(None)", "list(filter(5, [1]))", "reversed(5)", "reversed({1, 2})", "sorted(5)",
             "sorted([1], 1)", "sorted([1, 'a'])", "sorted()", "list(zip('a', 5))", "reversed([], [])", "sorted([1], key=5)"]:
    try:
        print(expr, '->', repr(eval(expr)) if 'object at' not in repr(eval(expr)) else 'object')
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
z = zip('ab', 'cd')
print(next(z), next(z), next(z, 'done'), type(z).__name__, type(enumerate([])).__name__, type(map(abs, [])).__name__,
      type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed(range(1))).__name__)
