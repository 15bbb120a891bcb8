# Lambdas: defaults, closures, keyword-only, conditional bodies, in comprehensions, repr.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
kw = lambda *, k=1: k
print(kw(), kw(k=5))
pos = lambda a, /, b: (a, b)
print(pos(1, 2), pos(1, b=3))
var = lambda *a, **k: (a, sorted(k.items()))
print(var(1, 2, x=3))
print((lambda: (yield))().__class__.__name__)
print(list(map(lambda x: x * x, range(5))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v + 1)(41))
choose = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([choose(v) for v in (-1, 0, 1)])
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print((lambda x: lambda y: x * y)(3)(4))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(add.__name__, add.__qualname__, add.__doc__)


class K:
    f = lambda self: "method " + type(self).__name__
    g = staticmethod(lambda: "static")


print(K().f(), K.g(), K.f.__qualname__)
try:
    add()
except TypeError as e:
    print(e)
try:
    (lambda: 1)(2)
except TypeError as e:
    print(e)
walrus = [(y := x * 2, y + 1) for x in range(3)]
print(walrus, y)
print((lambda: [x for x in range(3)])())
