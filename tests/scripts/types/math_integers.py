# The math module's integer functions: floor/ceil/trunc, gcd, lcm, isqrt, factorial, comb, perm, prod, fsum.
import math
for x in [2.5, -2.5, 3, -3, 0.0, -0.0, 1e20, -1e20, 2 ** 100, True, 2.9999999999999996]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27),
      math.gcd(2 ** 100, 2 ** 80 * 3), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 30, 10 ** 30 - 1, 2 ** 127]])
print([math.factorial(n) for n in range(12)], math.factorial(50))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(0, 0), math.comb(5, 7))
print([math.perm(5, k) for k in range(7)], math.perm(5), math.perm(5, None), math.perm(30, 20))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]),
      math.prod([2, 3], start=10), math.prod(['ab'], start=3), math.prod(x for x in [1j, 1j]))
print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1, -1e50]),
      math.fsum([1, 2, 3]), math.fsum([1e308, -1e308, 1.0]), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]),
      math.fsum(range(10)), math.fsum([0.3, 0.6, 0.1, -1.0]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -53]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([-0.0]), math.fsum([1e16, 1.0, 1e-16]))
