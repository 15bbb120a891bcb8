# The math module's errors: domain and range errors, bad types and wrong argument counts.
import math
cases = ['math.sqrt()', 'math.sqrt(1, 2)', 'math.atan2(1)', 'math.log()', 'math.log(1, 2, 3)',
         "math.sqrt('x')", "math.floor('x')", 'math.gcd(1.5)', 'math.exp(1000)', 'math.log(0)',
         'math.log(-1)', 'math.log(0.0)', 'math.log(8, 1)', 'math.log(1, 1)', 'math.log(2, 0)', 'math.log(-1, 2)',
         'math.log2(0)', 'math.log10(-1)', 'math.pow(0, -1)', 'math.pow(10, 400)', 'math.pow(-1, 0.5)',
         'math.ldexp(1, 2000)', "math.ldexp(1, 2.0)", 'math.fmod(1, 0)', 'math.fmod(math.inf, 1)',
         'math.sin(math.inf)', 'math.cos(-math.inf)', 'math.acos(2)', 'math.asin(-1.5)', 'math.atanh(1)',
         'math.acosh(0.5)', 'math.factorial(-1)', 'math.factorial(2.0)', "math.factorial('3')", 'math.comb(-1, 2)',
         'math.comb(5, -2)', 'math.comb(5.0, 2)', 'math.perm(-5, 2)', 'math.perm(5, -1)', 'math.isqrt(-1)',
         'math.isqrt(2.0)', 'math.fsum([1e308, 1e308])', 'math.fsum([math.inf, -math.inf])', "math.fsum(['a'])",
         'math.fsum(5)', 'math.dist([1], [1, 2])', 'math.isclose(1, 2, rel_tol=-1)', 'math.isclose(1, 2, 3)',
         'math.floor(math.inf)', 'math.floor(math.nan)', 'math.ceil(-math.inf)', "math.trunc('x')",
         'math.trunc(math.nan)', 'math.cosh(1000)', 'math.sqrt(10 ** 400)', 'math.gamma(0)', 'math.gamma(-2)',
         'math.lgamma(-1)', 'math.exp(None)', 'math.hypot(1, "a")', 'math.prod()', 'math.prod([1], 2)',
         'math.gcd(2, "4")', 'math.lcm(2.5)', 'math.expm1(1000)', 'math.log1p(-1)', 'math.log1p(-2)',
         'math.modf("x")', 'math.frexp(None)', 'math.isnan("nan")', 'math.copysign(1)', 'math.degrees()']
for expr in cases:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(math.sqrt.__name__, math.__name__, type(math.sqrt).__name__)
