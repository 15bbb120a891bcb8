# printf-style % formatting of str: conversions, flags, width/precision with *, mapping keys, errors.
cases = [('%s', 'x'), ('%r', 'x'), ('%a', 'é'), ('%d', 42), ('%i', -42), ('%u', 7), ('%o', 8), ('%#o', 8), ('%x', 255), ('%#X', 255),
         ('%e', 12345.678), ('%E', 0.001), ('%f', 1.5), ('%F', float('inf')), ('%g', 1e-5), ('%G', 1e20), ('%c', 'z'), ('%c', 0x263A),
         ('%%', ()), ('%5d', 3), ('%-5d|', 3), ('%05d', -3), ('%+d', 3), ('% d', 3), ('%.3d', 7), ('%8.3f', 3.14159), ('%-8.2e|', 1234.5),
         ('%.0f', 2.5), ('%.2s', 'abcdef'), ('%10.4s|', 'abcdef'), ('%*d', (6, 42)), ('%-*d|', (6, 42)), ('%.*f', (2, 3.14159)),
         ('%*.*f', (8, 1, 2.25)), ('%d', 3.99), ('%x', -255), ('%o', -8), ('%s', (1,)), ('%s %s', (1, 2)), ('%s', [1, 2]), ('%r', b'b'),
         ('%d', True), ('%s', None), ('%(a)s-%(b)d', {'a': 'A', 'b': 2}), ('%(a)r', {'a': 'q'}), ('%s', {'k': 'v'}), ('%#x', 0),
         ('%.3g', 1234567.0), ('%#.3g', 1.0), ('%i', 2**70), ('%x', 2**70), ('%e', 10**20), ('%5%', ()), ('%-10s|', 'é✓'),
         ('%c', 65), ('%s%%', 50), ('%.1f%%', 99.5), ('%0*d', (5, 42)), ('%+.2e', -0.0), ('%g', float('nan')), ('%d', -0.0)]
for fmt, args in cases:
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
class IntLike:
    def __index__(self):
        return 9
class FloatLike:
    def __float__(self):
        return 1.25
class IntConv:
    def __int__(self):
        return 3
for fmt, args in [('%x', IntLike()), ('%d', IntLike()), ('%f', FloatLike()), ('%d', FloatLike()), ('%d', IntConv()), ('%c', IntLike())]:
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
for fmt, args in [('%d', 'x'), ('%d', None), ('%x', 1.5), ('%c', 'ab'), ('%c', -1), ('%c', 0x110000), ('%c', 1.5), ('%z', 1), ('%', 1),
                  ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', 1), ('%(a)s', {}), ('%(a', {'a': 1}), ('%*d', ('x', 1)), ('%d %(a)s', {'a': 1}),
                  ('%f', 'x'), ('%e', []), ('%s', ()), ('no conversions', 1), ('no conversions', ()), ('no conversions', {}),
                  ('no conversions', []), ('%.*f', (1.5, 2.0)), ('%*s', (2**70, 'x')), ('%o', 1.0), ('%i', '1'), ('%(a)*d', {'a': 1})]:
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
