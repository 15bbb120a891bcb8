# round() half-even for floats and ints, with ndigits of both signs, and its errors.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, -2.5, 3.0]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__, type(round(v, 0)).__name__)
for v in [5, 15, 25, -25, 12345, -12345, 10**20 + 50, 0, 149, 150, 250]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 2), round(v, -30), type(round(v, -1)).__name__)
print(round(1234.5678, -2), round(1234.5678, 3), round(0.1 + 0.2, 15), round(1e300, -300), round(1.5e-300, 300), round(2.5, None))
print(round(123.456, 400), round(123.456, -400), round(-0.4), round(-0.0, 1), round(True), round(True, 3))
for expr in ["round(float('inf'))", "round(float('nan'))", "round(float('inf'), 2)", "round(float('nan'), 1)", "round('x')",
             "round(1.5, 1.0)", "round(1, '2')", "round()", "round(1e308, -308)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), -7.0 // 2, -7.0 % 2, 7.0 % -2, -0.0 % 5, 0.0 % -5)
print(float.__floordiv__(7.0, 2), float.__rfloordiv__(2.0, 7), float.__mod__(-1.0, 3))
