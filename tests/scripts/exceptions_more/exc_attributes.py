# Exception attributes: args, str/repr, __traceback__, __cause__, __context__, __suppress_context__, notes.
e = ValueError("a", 2)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(str(ValueError()), repr(ValueError()), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "nf")), str(OSError(2, "nf")))
e.args = ("changed",)
print(e, e.args)
e.args = [1, 2]
print(e.args)
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__, err.__context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)
err = ValueError()
for bad in [1, "x"]:
    try:
        err.__cause__ = bad
    except TypeError as t:
        print(type(t).__name__, t)
    try:
        err.__context__ = bad
    except TypeError as t:
        print(type(t).__name__, t)
err.__cause__ = KeyError()
print(err.__suppress_context__)
try:
    raise ValueError from 1
except TypeError as t:
    print(type(t).__name__, t)
try:
    raise ValueError from KeyError
except ValueError as v:
    print(repr(v.__cause__))
try:
    raise 5
except TypeError as t:
    print(type(t).__name__, t)
try:
    raise int
except TypeError as t:
    print(type(t).__name__, t)
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
    print(z.with_traceback(None) is z, z.__traceback__)
n = ValueError("n")
n.add_note("first")
n.add_note("second")
print(n.__notes__)
try:
    n.add_note(1)
except TypeError as t:
    print(type(t).__name__, t)
e2 = Exception()
e2.custom = "attr"
print(e2.custom, e2.__dict__)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(KeyboardInterrupt.__mro__[1].__name__, GeneratorExit.__mro__[1].__name__)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
ae = AttributeError("x", name="n", obj=5)
print(ae.name, ae.obj)
ne = NameError("z", name="zz")
print(ne.name)
se = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
os_e = OSError(2, "No such file", "a.txt")
print(os_e.errno, os_e.strerror, os_e.filename, str(os_e), type(os_e).__name__)
print(type(OSError(13, "denied")).__name__, EnvironmentError is OSError, IOError is OSError)
