# subgroup() and derive().
eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup(OSError)))
print(eg.subgroup(Exception) is eg)
print(eg.subgroup(lambda e: e is eg) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args == (3,))))
print(repr(eg.subgroup((TypeError, ValueError))))
try:
    eg.subgroup(ValueError, 2)
except TypeError as e:
    print(e)
try:
    eg.subgroup(42)
except TypeError as e:
    print(e)

d = eg.derive([KeyError("x")])
print(type(d).__name__, repr(d), d.message)
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
d = eg.derive((ValueError(9),))
print(repr(d))
for bad in ([], 5, [1]):
    try:
        eg.derive(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eg.derive()
except TypeError as e:
    print(e)
