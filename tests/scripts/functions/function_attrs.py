# Function objects: __name__, __qualname__, __doc__, __module__, __dict__, attribute errors.
def top(a, b=2, *args, c, d=4, **kw):
    """Top doc."""
    x = 1
    return x


class Outer:
    def method(self):
        def inner():
            pass
        return inner

    class Nested:
        def deep(self):
            return lambda: 0


print(top.__name__, top.__qualname__, top.__doc__, top.__module__)
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.Nested.deep.__qualname__, Outer.Nested().deep().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)


def f():
    pass


print(f.__doc__, f.__dict__)
f.attr = 5
print(f.attr, f.__dict__)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = "new doc"
print(f.__name__, f.__qualname__, f.__doc__)
print(repr(f).startswith("<function Q.renamed at "))
for bad in [lambda: setattr(f, "__name__", 1), lambda: setattr(f, "__qualname__", None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.missing
except AttributeError as e:
    print(type(e).__name__, e)
del f.attr
print(f.__dict__)
print(type(f).__name__, callable(f), type(top.__globals__).__name__, top.__globals__ is globals())
print(top.__annotations__, top.__closure__)


def annotated(a: int, b: "str" = "x") -> bool:
    pass


print(annotated.__annotations__)


def doc_not_first():
    x = 1
    "not a doc"


print(doc_not_first.__doc__)
print(sorted(k for k in dir(top) if k.startswith("__") and k in (
    "__name__", "__qualname__", "__doc__", "__code__", "__defaults__",
    "__kwdefaults__", "__globals__", "__closure__", "__dict__", "__module__")))
m = Outer().method
print(m.__name__, m.__qualname__, m.__func__ is Outer.method, type(m.__self__).__name__)
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
Outer.method.marker = "on function"
print(m.marker)
