# split() by type, tuple of types and predicate, on flat and nested groups.
def show(label, pair):
    match, rest = pair
    print(label, repr(match), "|", repr(rest))

leaf = [ValueError(1), TypeError(2), ValueError(3), KeyError(4)]
eg = ExceptionGroup("eg", leaf)
show("ValueError", eg.split(ValueError))
show("LookupError", eg.split(LookupError))
show("tuple", eg.split((TypeError, KeyError)))
show("Exception", eg.split(Exception))
show("OSError", eg.split(OSError))
show("predicate", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("group predicate", eg.split(lambda e: isinstance(e, ExceptionGroup)))

nested = ExceptionGroup("outer", [
    ValueError("a"),
    ExceptionGroup("mid", [TypeError("b"), ExceptionGroup("deep", [ValueError("c"), KeyError("d")])]),
    KeyError("e"),
])
show("nested ValueError", nested.split(ValueError))
show("nested KeyError", nested.split(KeyError))
show("nested TypeError", nested.split(TypeError))
show("nested ExceptionGroup", nested.split(ExceptionGroup))
m, r = nested.split(ValueError)
print(m.exceptions[1].message, r.exceptions[0].message)
full, none = eg.split(Exception)
print(full is eg, none)

for bad in (1, "x", (ValueError, 1), [ValueError], None):
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
try:
    eg.split()
except TypeError as e:
    print(e)
try:
    eg.split(ValueError, TypeError)
except TypeError as e:
    print(e)

def failing(e):
    raise RuntimeError("predicate failed on " + repr(e))
try:
    eg.split(failing)
except RuntimeError as e:
    print(e)

beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
show("base split", beg.split(ValueError))
show("base split2", beg.split(KeyboardInterrupt))
print(type(beg.split(ValueError)[0]).__name__, type(beg.split(ValueError)[1]).__name__)
