# throw(): exception instances, classes with values, the traceback argument, bad arguments.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e), e.args)

g = catcher()
next(g)
print(g.throw(ValueError("instance")))
print(g.throw(ValueError))
print(g.throw(ValueError, "value"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, ValueError("given instance")))
print(g.throw(ValueError, None, None))

try:
    raise KeyError("for traceback")
except KeyError as e:
    tb = e.__traceback__
try:
    g.throw(KeyError, "k", tb)
except KeyError as e:
    print("with traceback:", repr(e), e.__traceback__ is not None)

g = catcher()
next(g)
for args in [(1,), ("text",), (ValueError(1), 2), (ValueError, 1, 5), (int,), ()]:
    try:
        g.throw(*args)
    except TypeError as e:
        print(args, "->", e)

def unstarted():
    print("never runs")
    yield
g = unstarted()
try:
    g.throw(ValueError("at start"))
except ValueError as e:
    print("unstarted:", e)
print(list(g))

def finished():
    yield 1
g = finished()
list(g)
try:
    g.throw(IndexError("after end"))
except IndexError as e:
    print("finished:", e)

def delegate():
    try:
        yield 1
    except KeyError:
        yield "delegate handled"
def outer():
    result = yield from delegate()
    yield "outer continues"
g = outer()
next(g)
print(g.throw(KeyError))
print(next(g))
