# random.seed(int) reproduces CPython's Mersenne Twister sequences.
import random

for seed in [0, 1, 42, 12345, -7, 2**32, 2**32 - 1, 2**64 + 3, 10**30, -(10**25)]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(4)])

random.seed(99)
print([random.getrandbits(32) for _ in range(5)])
print([random.getrandbits(k) for k in (0, 1, 7, 31, 33, 63, 64, 65, 100, 200)])
random.seed(True)
a = random.random()
random.seed(1)
print(a == random.random())
random.seed(5.5)
print(random.random())
random.seed(-2.0)
print(random.random())
