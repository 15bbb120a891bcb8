# Annotated assignments at module level fill __annotations__ (evaluated, in order); inside
# functions they are not evaluated. Function annotations are evaluated at `def` time.
print("before:", __annotations__)
x: int = 1
y: "forward"
print(__annotations__, x)
try:
    y
except NameError as e:
    print(e)

calls = []


def note(value):
    calls.append(value)
    return value


data = {}
data["k"]: note("subscript target") = 2
(paren): note("parenthesized") = 3
if x:
    for i in range(1):
        inner: note("nested block") = 4
print(__annotations__)
print(calls, data, paren)


def body_annotations():
    local: undefined_name = 5
    other: also_undefined
    return local


print(body_annotations())


def f(a: int, /, b: "s" = 1, *args: list, c: float, d=4, **kw: dict) -> None:
    pass


print(f.__annotations__)


def plain(p, q=2):
    pass


print(plain.__annotations__)
plain.__annotations__ = {"p": str}
print(plain.__annotations__)
try:
    plain.__annotations__ = 3
except TypeError as e:
    print(e)
lam = lambda v: v
print(lam.__annotations__)
try:
    def broken(v: missing_name):
        pass
except NameError as e:
    print(e)
__annotations__["extra"] = bool
print(__annotations__)
