# What split() and subgroup() copy from the original group: traceback, cause, context, notes.
def make():
    try:
        try:
            raise KeyError("context")
        except KeyError:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
    except ExceptionGroup as e:
        return e

eg = make()
eg.add_note("first note")
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(repr(part))
    print(" traceback same:", part.__traceback__ is eg.__traceback__)
    print(" cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print(" context:", repr(part.__context__), part.__context__ is eg.__context__)
    print(" suppress:", part.__suppress_context__)
    print(" notes:", part.__notes__, part.__notes__ is eg.__notes__)
match.add_note("only on match")
print(eg.__notes__, match.__notes__, rest.__notes__)

plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__)
print(hasattr(m, "__notes__"))

odd = ExceptionGroup("odd", [ValueError(1), TypeError(2)])
odd.__notes__ = "not a list"
m, r = odd.split(ValueError)
print(hasattr(m, "__notes__"))
odd.__notes__ = ("a", "b")
m, r = odd.split(ValueError)
print(m.__notes__, type(m.__notes__).__name__)
print(m.exceptions[0] is odd.exceptions[0])
