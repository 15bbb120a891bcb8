# deque with maxlen drops items from the opposite end; rotate in both directions.
from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
print(deque(range(10), maxlen=4), deque(range(10), 0), deque([], maxlen=2))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-4)
print(r)
r.rotate(13)
print(r)
r.rotate(-13)
print(r)
r.rotate(0)
print(r)
deque().rotate(5)
print(deque(range(4), maxlen=4).copy(), deque([1, 2], 5) + deque([3]))
print(deque([1, 2], maxlen=2) * 3)
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError as e:
    print(type(e).__name__)
