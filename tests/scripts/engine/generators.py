# Generators: yield, send, throw, close, yield from, generator expressions, PEP 479.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop")
def echo():
    got = yield "first"
    while True:
        got = yield "got " + str(got)
e = echo()
print(e.send(None), e.send(1), e.send("x"))
print(sum(x * x for x in range(10)))
print(list(x for x in "abc" if x != "b"))
def deleg():
    r = yield from count(3)
    print("inner returned", r)
    yield from [10, 20]
print(list(deleg()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
print(next(f))
f.close()
print("closed")
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "again")
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def outer_gen():
    yield from inner_gen()
def inner_gen():
    try:
        yield 1
    except KeyError:
        yield "inner caught"
og = outer_gen()
print(next(og), og.throw(KeyError))
print(type(count(1)).__name__, count(1).__name__)
gg = count(1)
try:
    gg.send(5)
except TypeError as e:
    print(e)
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fibs():
    if v > 50:
        break
    out.append(v)
print(out)
def ctx():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise ValueError("v")
try:
    list(ctx())
except ValueError as e:
    print(repr(e.__context__))
def gen_err():
    yield 1
    1 / 0
for x in gen_err():
    print(x)
