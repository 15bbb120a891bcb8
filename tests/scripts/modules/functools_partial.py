# functools.partial: positional and keyword binding, flattening, attributes, repr.
from functools import partial


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, d=9)
print(p(2), p(2, 5), p(2, d=1), p(b=7))
print(p.args, p.keywords, p.func is f)
q = partial(p, 7, c=0)
print(q(), q.args, q.keywords, q.func is f)
print(partial(f)(1, 2), partial(f, 1, 2, 3, d=0)())
print(repr(partial(len, [1, 2])))
print(repr(partial(max, 3, key=abs)))
print(repr(partial(print)))
power = partial(pow, 2)
print([power(n) for n in range(6)])
base2 = partial(int, base=2)
print(base2("1011"), base2("111", base=8))
p.extra = "attr"
print(p.extra, p.__dict__)
try:
    partial(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.func = len
except AttributeError as e:
    print(type(e).__name__, e)
try:
    partial(f)()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(p, partial), type(p).__name__, callable(p))
