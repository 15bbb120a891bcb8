# sys.version_info as a struct sequence, and the other sys constants scripts rely on.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, v >= (3, 8), v < (4,), v > (3, 11), v[0], len(v))
print(type(v).__name__, isinstance(v, tuple), v[-2:], tuple(v)[:2], list(v[:2]), repr(v).startswith('sys.version_info(major=3, minor=11, micro='))
a, b, *rest = v
print(a, b, rest[1:], v == tuple(v), (3, 11) <= v, hash(v) == hash(tuple(v)))
print(sys.version.startswith('3.11'), sys.hexversion >> 16, sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.platform, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0])
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, type(sys.flags).__name__)
print(sys.intern('spam') == 'spam', sys.intern('a' + 'b') is sys.intern('ab'), sys.getsizeof([1, 2, 3]) > 0, sys.getsizeof(1) > 0)
try:
    sys.intern(1)
except TypeError as e:
    print('TypeError', e)
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError')
