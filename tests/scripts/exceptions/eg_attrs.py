# Attributes, str/repr and the class relations of exception groups.
eg = ExceptionGroup("many things", [ValueError(1), TypeError("two"), KeyError("k")])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions)
print(eg.args)
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = ExceptionGroup("single", (ValueError(),))
print(str(one), repr(one))
empty_msg = ExceptionGroup("", [ValueError()])
print(repr(str(empty_msg)))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(eg, ExceptionGroup))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(isinstance(beg, Exception), isinstance(beg, BaseException), type(beg).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), BaseExceptionGroup.__mro__)
print(ExceptionGroup.__mro__)
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 1)
    except AttributeError as e:
        print(attr, e)
eg.args = ("changed",)
print(eg.args, str(eg), eg.message)
print(eg.__cause__, eg.__context__, eg.__traceback__, eg.__suppress_context__)
try:
    raise eg
except ExceptionGroup as caught:
    print(caught is eg, caught.__traceback__ is not None)
try:
    raise ExceptionGroup("raised", [ValueError(5)])
except Exception as e:
    print("caught as Exception:", repr(e))
try:
    raise BaseExceptionGroup("raised", [GeneratorExit()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught as BaseException:", repr(e))
