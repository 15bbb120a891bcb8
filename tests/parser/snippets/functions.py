def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs) -> None:
    """Docstring."""
    return a
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c, d=4, **k): pass
def f(*, a): pass
def f(*args: *Ts): pass
def f(a: int = 1, *b: str, c: "x" = None, **d: dict) -> "ret": pass
def f(a,): pass
def f(**k,): pass

@decorator
def g(): pass

@a.b.c(1, x=2)
@d[0]
@(lambda f: f)
@x := y
class C(Base, metaclass=Meta, **kw):
    attr = 1
    def method(self): return self

class D: pass
class E(): pass
class F(A, B,): pass

async def h():
    await x
    await f(y) ** 2
    -await z
    async with a as b:
        pass
    async for i in aiter():
        pass
    return [i async for i in x]

@dec
async def k(): pass

lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: (x, y)
lambda *a, **k: 0
lambda a, /, b: 0
lambda *, k: k
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    yield x
    yield
    y = yield x, y
