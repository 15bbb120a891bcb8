# yield from and await chains: deep delegation, throw/close forwarding, PEP 479, exception context.
async def leaf(n):
    return n
async def deep(n):
    if n == 0:
        return await leaf(0)
    return 1 + await deep(n - 1)
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(deep(500)))
class_ = None
def gen_chain(n):
    if n == 0:
        yield "bottom"
        return "r0"
    r = yield from gen_chain(n - 1)
    yield n
    return "r" + str(n)
g = gen_chain(3)
print(list(g))
def outer():
    x = yield from inner()
    yield ("inner returned", x)
def inner():
    try:
        got = yield 1
        yield ("got", got)
    except KeyError as e:
        yield ("inner caught", repr(e))
    return "done"
o = outer()
print(next(o), o.send("hello"), o.throw(KeyError("k")), next(o))
o2 = outer()
next(o2)
o2.close()
print("closed", o2.gi_frame is None)
def ctx_gen():
    try:
        raise ValueError("outer")
    except ValueError:
        yield from ctx_inner()
def ctx_inner():
    yield 1
    raise KeyError("inner")
try:
    list(ctx_gen())
except KeyError as e:
    print(repr(e), repr(e.__context__))
async def thrower():
    raise StopIteration("x")
async def wrapper():
    return await thrower()
try:
    drive(wrapper())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def rec():
    yield from rec()
try:
    list(rec())
except RecursionError as e:
    print("recursion", e)
