# randrange / randint through _randbelow with getrandbits, small and huge ranges.
import random

random.seed(2024)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(15)])
print([random.randint(1, 6) for _ in range(20)])
print(random.randrange(10**30), random.randrange(-10**20, 10**20))
print(random.randint(2**70, 2**71), random.randrange(1, 2**100, 2**40 + 1))
print([random.randrange(1) for _ in range(3)], random.randint(7, 7))
for args in [(5, 5), (10, 1), (0,), (-3,), (1, 10, 0), (1, 10, -1)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
    except TypeError as e:
        print(args, type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randrange(1, step=2)
except TypeError as e:
    print(type(e).__name__, e)
