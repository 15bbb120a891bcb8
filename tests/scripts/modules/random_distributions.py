# The continuous distributions match CPython's formulas bit for bit.
import random

random.seed(123)
print([random.uniform(1, 10) for _ in range(3)], random.uniform(5, 5), random.uniform(2.5, -2.5))
print([random.gauss(0, 1) for _ in range(5)], random.gauss(), random.gauss(10, 2))
print([random.normalvariate(0, 1) for _ in range(3)], random.normalvariate())
print([random.lognormvariate(0, 0.5) for _ in range(2)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 2), random.triangular(3, 3, 3))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0)])
print([random.betavariate(2, 5) for _ in range(3)])
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(0, 4),
      random.vonmisesvariate(1, 0))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
