# choice and shuffle consume the generator exactly as CPython's do.
import random

random.seed(7)
print([random.choice("abcdefgh") for _ in range(12)])
print(random.choice([10, 20, 30]), random.choice((1,)), random.choice(range(100, 200)))
items = list(range(20))
random.shuffle(items)
print(items)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
for _ in range(3):
    random.shuffle(words)
    print(words)
empty = []
random.shuffle(empty)
print(empty)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.choice("")
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.choice(5)
except TypeError as e:
    print(type(e).__name__, e)
