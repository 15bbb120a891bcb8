# Generator expressions: first iterable evaluated eagerly, late binding, laziness, errors.
x = [1, 2, 3]
g = (v * 2 for v in x)
x = [10]
print(list(g))
try:
    g = (v for v in 5)
except TypeError as e:
    print("eager:", type(e).__name__, e)
g = (1 / v for v in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, "dead"))
n = 2
g = (v * n for v in range(3))
n = 100
print(list(g))
print(sum(v for v in range(10)), max((v % 4 for v in range(10)), default=None), any(v > 8 for v in range(10)))
matrix = [[1, 2], [3, 4]]
print(list(a * b for row in matrix for a in row for b in (1, 10) if a % 2))


class C:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
    try:
        broken = list(v for v in range(2) if v in vals)
    except NameError as e:
        print(type(e).__name__, e)


print(C.doubled)
g = (i for i in range(3))
print(list(g), list(g))


def side():
    print("iterable evaluated")
    return [1]


g = (v for v in side())
print("created")
print(list(g))
print(list(zip((i for i in "ab"), (j for j in range(5)))))
it = iter(range(6))
print(list(zip(it, it)))
print(tuple(x for x in range(3)), set(x % 2 for x in range(4)) == {0, 1}, dict((k, k * k) for k in range(3)))
print((x for x in []).__class__.__name__, ", ".join(str(i) for i in range(3)))
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
try:
    list(v for v in [1, "a", 2] if v > 0)
except TypeError as e:
    print(type(e).__name__, e)
