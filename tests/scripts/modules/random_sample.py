# sample: the pool method for small populations and the set method for large ones.
import random

random.seed(11)
print(random.sample(range(10), 3))
print(random.sample("abcdefghij", 10))
print(random.sample(range(1000), 10))
print(random.sample(range(10**6), 25))
print(random.sample([1, 2, 3], 0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(30), k=20))
for args, kwargs in [((range(3), 4), {}), ((range(3), -1), {}), (([1, 2], 1), {"counts": [1]}),
                     (([1, 2], 1), {"counts": [0, 0]})]:
    try:
        random.sample(*args, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
for population in [{1, 2, 3}, {"a": 1}]:
    try:
        random.sample(population, 1)
    except TypeError as e:
        print(type(e).__name__, e)
