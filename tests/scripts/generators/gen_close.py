# close(): GeneratorExit at the yield, finally blocks, and refusing to stop.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

g = with_finally()
next(g)
print(g.close())
print(g.close())
print(list(g))

g = with_finally()
g.close()
print("never started closed:", list(g))

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "refused"

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def finally_yields():
    try:
        yield 1
    finally:
        yield 2
g = finally_yields()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("instead")
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returns_on_exit()
next(g)
print("return on exit:", g.close())

def exit_is_base_exception():
    try:
        yield 1
    except Exception:
        print("not caught by Exception")
    finally:
        print("cleanup")
g = exit_is_base_exception()
next(g)
g.close()

def delegate():
    try:
        yield "inner"
    finally:
        print("inner closed")
def outer():
    try:
        yield from delegate()
    finally:
        print("outer closed")
g = outer()
print(next(g))
g.close()
print("done")
