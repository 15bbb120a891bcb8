# hash() of numbers follows CPython's rules: equal numbers hash equal, -1 maps to -2, big ints reduce mod 2**61-1.
M = 2 ** 61 - 1
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**64, -(2**64) - 5, 10**30, True, False]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else '-')
for v in [0.0, -0.0, 0.5, -0.5, 1.5, 1e100, 1e-100, -1.0, float('inf'), -float('inf'), 3.14, 2.0**70, 1/3]:
    print(v, hash(v))
print(hash(float('nan')) == hash(float('nan')) or 'nan hash depends on identity')
print(hash(1+0j) == hash(1), hash(2j), hash(-1j), hash(3-4j), hash(complex(0.5, 0)) == hash(0.5))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((1, 2), 3)), hash((1.0, True)) == hash((1, 1)))
print(hash(frozenset()), hash(frozenset([1])) == hash(frozenset([1.0])), hash(range(3)) == hash(range(0, 3, 1)))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(int) == hash(int), hash(slice) == hash(slice))
for bad in [[], {}, set(), bytearray(), {}.keys(), ([],), slice(1, [2])]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, other):
        return True
class Custom:
    def __hash__(self):
        return -1
class BigHash:
    def __hash__(self):
        return 2 ** 100
class BadHash:
    def __hash__(self):
        return 'x'
print(hash(Custom()), hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)
for obj in [NoHash(), EqOnly(), BadHash()]:
    try:
        hash(obj)
    except TypeError as e:
        print('TypeError', e)
try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError', e)
