# min and max with key and default, sum with start, any and all, and their errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max('hello'), min('b', 'a', key=str.upper), max([1, -5, 3], key=abs),
      min([], default='empty'), max((), default=None), min([2], default=0), max([(1, 'b'), (1, 'a')]), min([1, 1.0]), max([1.0, 1]))
print(max([3, 1, 3], key=lambda x: 0), min(range(10), key=lambda x: (x - 4) ** 2), max({'a': 3, 'b': 5}, key={'a': 3, 'b': 5}.get))
for expr in ["min([])", "max([])", "min()", "max(1)", "min(1, 2, default=3)", "max([1, 'a'])", "min([1], key=5)",
             "max([], default=1, key=len)", "min(x for x in [])", "max(1, 2, bogus=3)", "min(iter([]))", "max([[1], [0, 5]])",
             "sum([1, 2, 3])", "sum([1, 2], 10)", "sum([[1], [2]], [])", "sum([0.1] * 10)", "sum([1, 2.5, True])",
             "sum(['a', 'b'], '')", "sum([b'a'], b'')", "sum([bytearray(b'a')], bytearray())", "sum([], 5)", "sum([1], start=2)",
             "sum(5)", "sum([1, 'a'])", "sum([[1]])", "sum([(1,), (2,)], ())", "sum([10**20, 1.5])", "sum(range(10**6))",
             "sum([1j, 2])", "sum([float('inf'), 1])", "any([])", "all([])", "any([0, '', None])", "all([1, 'a', [0]])",
             "any(x > 2 for x in range(5))", "all(x > 2 for x in range(5))", "any(5)", "all(None)", "any('')", "all('abc')"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
seen = []
def probe(x):
    seen.append(x)
    return x
print(any(probe(x) for x in [0, 0, 3, 0, 4]), seen)
seen.clear()
print(all(probe(x) for x in [1, 2, 0, 5]), seen)
