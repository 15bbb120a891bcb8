# float repr round-trips, special values, is_integer, hex/fromhex and as_integer_ratio.
vals = [0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e-7, 5e-324, 1.7976931348623157e308,
        -0.0, 2.5, 1/3, 100.0, 1e22, 1e23, float('inf'), -float('inf'), float('nan'), 3.14159, 2.0**60]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v, v.is_integer() if v == v and abs(v) != float('inf') else '-')
print(float('1e500'), float('-1e500'), float('  3.5  '), float('1_000.5'), float('inf'), float('-Infinity'), float('nAn'),
      float('+1.5e-3'), float('.5'), float('5.'), float(True), float(10**20), float(b'2.5'))
for expr in ["float('x')", "float('')", "float('1_')", "float('1__0')", "float('0x10')", "float(None)", "float(10**400)",
             "float([1])", "float('1e')", "float('in f')", "(1.5).as_integer_ratio()", "(0.1).as_integer_ratio()",
             "(-2.0).as_integer_ratio()", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()",
             "float('inf').is_integer()", "(1e300).is_integer()", "float.fromhex('0x1p-1074')", "float.fromhex('0x1p-1075')",
             "(0.1).hex()", "(5e-324).hex()", "(-1.0).hex()", "float.fromhex('-0x1.ffffffffffffffp1023')",
             "float.fromhex('0X1.P+4')", "float('nan') == float('nan')", "float('inf') - float('inf')",
             "0.1 + 0.2 == 0.3", "1e308 * 10", "-1e308 * 10", "2.0 ** 1024", "(1e200) ** 2", "float(2**1023 * 2 - 1)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(format(1e16), format(1e-5), str(1.0e+16), -1e-10, 1.5e300 * 1.5e10)
