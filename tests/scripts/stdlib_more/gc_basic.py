# gc: collect() frees cycles and returns an int; enable/disable/isenabled; thresholds; errors.
import gc


class Node:
    def __init__(self):
        self.other = None


def make_cycles(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
make_cycles(1000)
freed = gc.collect()
print(type(freed).__name__, freed >= 0)
gc.enable()
print(gc.isenabled())
print(isinstance(gc.collect(0), int), isinstance(gc.collect(generation=1), int),
      isinstance(gc.collect(2), int))
for bad in [3, -1]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [("x",), (1, 2)]:
    try:
        gc.collect(*bad)
    except TypeError as e:
        print("TypeError", e)

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 6)
print(gc.get_threshold())
for bad in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError", e)
print(gc.garbage, gc.callbacks)

# Lots of garbage while collection is disabled, then re-enabled: the program keeps working.
gc.disable()
total = 0
for i in range(20000):
    total += len([i] * 3)
gc.enable()
print(total)
make_cycles(5000)
gc.collect()
print("done")
