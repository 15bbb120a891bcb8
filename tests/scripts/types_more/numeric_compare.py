# Mixed int/float/bool/complex comparisons, including big ints against floats and nan/inf.
import math
big = 2 ** 53 + 1
cases = [(big, float(big)), (float(big), big), (10**400, float('inf')), (-10**400, -float('inf')), (10**400, 1e308),
         (1, 1.0), (True, 1), (False, 0.0), (0.1, 1), (2**63, 9.223372036854776e18), (2**1024, 1.7976931348623157e308),
         (float('nan'), 1), (1, float('nan')), (3, 3+0j), (1, 1+1j)]
for a, b in cases:
    r = [a == b, a != b]
    try:
        r += [a < b, a <= b, a > b, a >= b]
    except TypeError as e:
        r.append(str(e))
    print(type(a).__name__, type(b).__name__, r)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, math.inf > 10**1000, -math.inf < -10**1000, max(1, 1.0), max(1.0, 1), min(True, 1))
print(sorted([3, 1.5, True, -2, 10**20, 2.5e19]), sorted([0.0, -0.0, 0]), 0.0 == -0.0, [0] == [0.0])
for expr in ["1 < 'a'", "1.0 >= None", "[] > ()", "1j < 2j", "None < None", "object() < object()", "{} <= {}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
