# inspect: the is* predicates for functions, coroutines, generators, classes and methods.
import functools
import inspect
import sys


def plain():
    pass


async def coro_fn():
    return 1


def gen_fn():
    yield 1


async def agen_fn():
    yield 1


class K:
    def method(self):
        pass

    async def amethod(self):
        pass

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass


objects = [("plain", plain), ("coro_fn", coro_fn), ("gen_fn", gen_fn), ("agen_fn", agen_fn),
           ("lambda", lambda: 0), ("K", K), ("K()", K()), ("K().method", K().method),
           ("K().amethod", K().amethod), ("K.method", K.method), ("K.static", K.static),
           ("K.klass", K.klass), ("len", len), ("[].append", [].append),
           ("partial coro", functools.partial(coro_fn)), ("int", int), ("sys", sys),
           ("3", 3), ("str.join", str.join)]
predicates = ["isfunction", "ismethod", "isclass", "isbuiltin", "iscoroutinefunction",
              "isgeneratorfunction", "isasyncgenfunction", "isroutine", "ismodule"]
for label, obj in objects:
    print(label, [p[2:] for p in predicates if getattr(inspect, p)(obj)])

c = coro_fn()
g = gen_fn()
ag = agen_fn()
for label, obj in [("coroutine", c), ("generator", g), ("async generator", ag), ("int", 1)]:
    print(label, inspect.iscoroutine(obj), inspect.isgenerator(obj), inspect.isasyncgen(obj),
          inspect.isawaitable(obj))
c.close()


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable))


def wrapper(fn):
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


@wrapper
def wrapped():
    pass


print(inspect.unwrap(wrapped) is not wrapped, inspect.unwrap(wrapped).__name__,
      inspect.unwrap(plain) is plain)
print(inspect.cleandoc("""First line.
        indented
          more
        back
    """))
print(repr(inspect.getdoc(K)), inspect.getdoc(inspect.cleandoc)[:5])


class Members:
    b = 2
    a = 1

    def m(self):
        pass


print([name for name, _ in inspect.getmembers(Members) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Members, inspect.isfunction)])
print(inspect.getmro(bool)[1].__name__, inspect.isabstract(Members))
frame = inspect.currentframe()
print(inspect.isframe(frame), inspect.iscode(plain.__code__), inspect.istraceback(None))
print(inspect.CO_COROUTINE, inspect.CO_GENERATOR, inspect.CO_ASYNC_GENERATOR)
