# getstate/setstate round-trip, including the gauss() spare value.
import random

random.seed(555)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
random.gauss()
state = random.getstate()
print(type(state[2]).__name__)
g1 = random.gauss()
random.setstate(state)
print(g1 == random.gauss())
try:
    random.setstate((9, (), None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.setstate((3, (1, 2, 3), None))
except ValueError as e:
    print(type(e).__name__, e)
words = list(state[1])
words[-1] = 625
try:
    random.setstate((3, tuple(words), None))
except ValueError as e:
    print(type(e).__name__, e)
