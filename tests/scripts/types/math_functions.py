# The math module: functions, constants and their results on ordinary and special values.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
for x in [0, 1, 2, 0.5, 10, 1e-10, 100.0, 2 ** 60]:
    print(x, math.sqrt(x), math.exp(min(x, 100)), math.log(x) if x else '-', math.log2(x) if x else '-',
          math.log10(x) if x else '-', math.fabs(-x))
for x in [0.0, 0.5, 1.0, -0.5, math.pi / 4, 3.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x),
          math.tanh(x), math.asinh(x), math.erf(x), math.erfc(x))
for x in [0.0, 0.5, 1.0, -1.0, -0.25]:
    print(x, math.asin(x), math.acos(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 1))
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]), math.dist((1,), (4,)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(math.inf, -1),
      math.pow(-1, math.inf), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.log(8, 2), math.log(100, 10), math.log(10 ** 1000), math.log(2 ** 10000, 2), math.log10(10 ** 500),
      math.log2(2 ** 3000), math.log(math.e), math.log1p(1e-20), math.expm1(1e-10))
print(math.copysign(1, -0.0), math.copysign(3, -2), math.copysign(-3, math.inf), math.fmod(7, 3),
      math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf), math.remainder(7, 2), math.remainder(5, 2))
print(math.modf(2.5), math.modf(-2.5), math.modf(math.inf), math.modf(0.0), math.frexp(8), math.frexp(0.0),
      math.frexp(-0.3), math.frexp(math.inf), math.ldexp(0.5, 4), math.ldexp(1, -1100), math.ldexp(-0.0, 5))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308),
      math.isnan(math.nan), math.isnan(0), math.isnan(float('nan')))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.gamma(5), round(math.gamma(0.5), 12), round(math.lgamma(10), 12), math.cbrt(27), math.cbrt(-8), math.exp2(10))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
print(math.sqrt(True), math.sqrt(-0.0), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7))
