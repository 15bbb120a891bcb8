# Unpacking, chained comparisons, and/or, conditional expressions, augmented assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
x, *mid, y = range(5)
print(first, rest, init, last, x, mid, y)
for p, q in [(1, 2), (3, 4)]:
    print(p + q)
for bad in [(1, 2, 3), (1,), 5]:
    try:
        u, v = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(e)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2)
print(0 or "x", 1 and 0, None or [] or "last", 2 and 3 and 4)
print("yes" if [] else "no", "yes" if [0] else "no")
n = 5
n += 3
n *= 2
n -= 1
n //= 2
n %= 5
print(n)
d = {"k": [1, 2]}
d["k"] += [3]
d["k"][0] -= 10
print(d)
print(not 0, not 1, -(-3), +4, ~5)
print(1 in [1, 2], 3 not in [1, 2], None is None, a is not None)
values = [*range(3), *"ab"]
print(values, (*values,), {**d, "z": 1})
