# ExceptionGroup: split/subgroup with predicates, derive in subclasses, except* matching and errors.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(BaseException)[1])
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


mg = MyGroup("mine", [ValueError(1), KeyError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", ValueError()),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    raise ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as e:
    print("values", [str(x) for x in e.exceptions])
except* TypeError as e:
    print("types", [str(x) for x in e.exceptions])
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped", type(e).__name__, repr(e.exceptions))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise KeyError("from handler")
except KeyError as e:
    print(repr(e), repr(e.__context__))
for bad in ["except* ExceptionGroup: pass", "except* (ValueError, ExceptionGroup): pass"]:
    try:
        exec("try:\n    raise ValueError\n" + bad)
    except TypeError as e:
        print(type(e).__name__, e)
eg2 = ExceptionGroup("tb", [ValueError()])
eg2.add_note("group note")
m2, _ = eg2.split(ValueError)
print(m2.__notes__, m2 is eg2)
print(eg.exceptions[2].exceptions[1], len(eg.exceptions), str(eg))
