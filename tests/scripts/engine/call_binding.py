# Argument binding: positional, keyword, defaults, *args/**kwargs, and CPython's TypeErrors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=2))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))

def g(x, y):
    return x - y

def h(p, /, q):
    return p, q

def k(*, only):
    return only

def m(a, b, c, d=1):
    return a

calls = [
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, y=2, z=3),
    lambda: g(1, x=2),
    lambda: h(p=1, q=2),
    lambda: k(1),
    lambda: k(),
    lambda: m(),
    lambda: m(1, 2, 3, 4, 5),
    lambda: f(),
    lambda: g(*5),
    lambda: g(**{1: 2}),
    lambda: g(1, **{"y": 2, "x": 3}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(g(y=1, x=5), h(1, q=2), k(only=7))
