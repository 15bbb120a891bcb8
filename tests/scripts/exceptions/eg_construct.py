# ExceptionGroup / BaseExceptionGroup construction: argument checks and class selection.
cases = [
    (),
    ("only message",),
    (1, [ValueError()]),
    (None, [ValueError()]),
    ("m", []),
    ("m", ()),
    ("m", {ValueError()}),
    ("m", {1: ValueError()}),
    ("m", 5),
    ("m", "ab"),
    ("m", [ValueError(), 1]),
    ("m", [ValueError, TypeError()]),
    ("m", [KeyboardInterrupt()]),
    ("m", [ValueError(), SystemExit(2)]),
    ("m", [ValueError(1), TypeError(2)]),
    ("m", (ValueError(1),)),
    ("m", range(0)),
    ("a", "b", "c"),
]
for args in cases:
    for cls in (BaseExceptionGroup, ExceptionGroup):
        try:
            r = cls(*args)
            print(cls.__name__, "->", type(r).__name__, repr(r))
        except Exception as e:
            print(cls.__name__, "!", type(e).__name__, e)

for cls in (BaseExceptionGroup, ExceptionGroup):
    try:
        cls("m", [ValueError()], extra=1)
    except TypeError as e:
        print("keyword:", e)

nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])
print(repr(nested))
print(type(BaseExceptionGroup("x", [nested])).__name__)
print(type(BaseExceptionGroup("x", [BaseExceptionGroup("y", [KeyboardInterrupt()])])).__name__)
try:
    ExceptionGroup("x", [BaseExceptionGroup("y", [KeyboardInterrupt()])])
except TypeError as e:
    print(e)
