# complex arithmetic with int, float and complex operands, and its errors.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, b ** a)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** 3)
print(-a, +a, abs(b), abs(-3j), abs(complex(float('inf'), 1)), bool(0j), bool(1e-300j))
print(1j ** 2, 1j * 1j, (2 + 0j) ** 10, 2j ** 101, (1 + 1j) ** 100, (0.5 + 0.5j) ** -3)
print(0j ** 0, 0j ** 2, (0j) ** (2 + 0j), 1j * 2 ** 100, (-8) ** (1 / 3), (-2.0) ** 0.5)
print(a == a, a == 1 + 2j, a != b, 1 + 0j == 1, 0j == 0, 1 + 0j == 1.0, (1 + 0j) == True, 1j == 1)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, 2 ** 53 == complex(2 ** 53, 0), [1j, 2] == [1j, 2])
print(hash(1 + 2j), hash(3j), hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j))
print(hash(complex(0, -1)), hash(complex(-1, -1)), hash(complex(1e100, 1e-100)))
for expr in ['a % 2', 'a // 2', 'divmod(a, 2)', 'a < b', 'a >= 1', '1 / 0j', 'a / 0', '0j ** -1',
             '0j ** 1j', 'pow(a, 2, 3)', 'pow(2, a, 3)', 'int(a)', 'float(a)', 'round(a)',
             "a + 'x'", '(1e200j) ** 2', '(1e300 + 1j) ** 2.5', 'abs(complex(1e308, 1e308))',
             'complex(1e308, 1e308) * 2', 'math.floor(a)']:
    try:
        import math
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
x = 1j
x += 1
x *= 2
x **= 2
x /= 1 - 1j
print(x)
print(sum([1j, 2, 3.5]), sum([1j] * 10, 0j))
