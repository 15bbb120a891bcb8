# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def leaks():
    yield 1
    raise StopIteration("leak")

try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

def leaks_from_next():
    it = iter([])
    yield next(it)

try:
    for x in leaks_from_next():
        print(x)
except RuntimeError as e:
    print("from next():", e)

def explicit_return_is_fine():
    yield 1
    return
print(list(explicit_return_is_fine()))

def caught_inside():
    try:
        raise StopIteration("inner")
    except StopIteration as e:
        yield f"caught {e}"
print(list(caught_inside()))

genexp = (next(iter([])) for _ in range(3))
try:
    list(genexp)
except RuntimeError as e:
    print("genexp:", e)

def subclass_leak():
    yield 0
    raise StopIteration
g = subclass_leak()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("next:", e)
try:
    next(g)
except StopIteration:
    print("finished afterwards")

def throw_stop():
    yield 1
g = throw_stop(); next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("thrown StopIteration:", e)
