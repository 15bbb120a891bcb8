# int and float methods: ratios, hex, rounding dunders, and dict views as sets.
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio(), (0.75).as_integer_ratio())
print((1.5).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (1e-320).hex(), (2.0 ** 1000).hex(), float('inf').hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x10'), float.fromhex(' 1.8 '), float.fromhex('0x.8p-1'), float.fromhex('inf'),
      float.fromhex((3.14).hex()) == 3.14)
for bad in ['0x', 'xyz', '0x1.2.3', '0x1p']:
    try:
        print(float.fromhex(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    float.fromhex('0x1p5000')
except OverflowError as e:
    print('OverflowError', e)
print((2.5).__round__(), (2.567).__round__(1), (1.5).__trunc__(), (-1.5).__floor__(), (1.2).__ceil__(), (3).__round__(-1),
      (7).__floor__(), (7).__ceil__(), (7).__trunc__(), float.__round__(3.5), int.__floor__(5))
d = {'a': 1, 'b': 2, 'c': 3}
print(sorted(d.keys() & {'a', 'c', 'z'}), sorted(d.keys() | {'z'}), sorted(d.keys() - {'a'}), sorted(d.keys() ^ {'a', 'z'}),
      sorted(d.items() & {('a', 1), ('b', 5)}), d.keys().isdisjoint({'x'}), d.keys().isdisjoint(['a']), sorted({'a'} & d.keys()),
      sorted(['b', 'q'] - d.keys()) if False else sorted({'b', 'q'} - d.keys()))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed({})))
s = {1, 2, 3}
s.symmetric_difference_update([3, 4])
print(s)
