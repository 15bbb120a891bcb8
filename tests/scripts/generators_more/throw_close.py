# throw() and close(): catching inside, GeneratorExit handling, and the RuntimeErrors.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "after catch"


g = catcher()
print(next(g), g.throw(ValueError("boom")), next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "done"))


def unstarted():
    print("never runs")
    yield 1


u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print(e)
print(next(u, "finished"))
g = catcher()
next(g)
try:
    g.throw(ValueError)
    print("class form ok")
except Exception as e:
    print("unexpected", e)
g = catcher()
next(g)
print(g.throw(ValueError, ValueError("inst")))
try:
    g.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(ValueError, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)


def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally on close")


c = closing()
next(c)
c.close()
c.close()
print(next(c, "closed"))


def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"


r = refuses()
next(r)
try:
    r.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value dropped"


x = returns_on_exit()
next(x)
print(x.close())


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")


y = raises_other()
next(y)
try:
    y.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print(unstarted().close())


def throw_stop():
    yield 1


s = throw_stop()
next(s)
try:
    s.throw(StopIteration("stop"))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    throw_stop().throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit thrown into fresh generator propagates")
