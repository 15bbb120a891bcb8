# randbytes and getrandbits errors.
import random

random.seed(8)
print(list(random.randbytes(10)), len(random.randbytes(0)), list(random.randbytes(3)))
for k in [-1]:
    try:
        random.getrandbits(k)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    random.getrandbits(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.randbytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
random.seed(8)
print(random.getrandbits(1000) % 10**20)
