# choices with and without weights and cumulative weights.
import random

random.seed(3)
print(random.choices("abc", k=10))
print(random.choices(range(5), [5, 1, 1, 1, 10], k=10))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=8))
print(random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=6))
print(random.choices("ab"), random.choices("ab", k=0))
cases = [
    (("abc", [1, 2]), {}),
    (("abc",), {"weights": [1, 1, 1], "cum_weights": [1, 2, 3]}),
    (("abc", [0, 0, 0]), {}),
    (("abc", 3), {}),
    (("ab", [1, float("inf")]), {}),
]
for args, kwargs in cases:
    try:
        random.choices(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
