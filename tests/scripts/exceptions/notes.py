# add_note() and __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two")
print(e.__notes__)
for bad in (1, None, b"bytes", ["list"]):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(err)
try:
    e.add_note()
except TypeError as err:
    print(err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print(err)
e.__notes__ = "replaced"
try:
    e.add_note("x")
except TypeError as err:
    print(err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
eg = ExceptionGroup("g", [KeyError(1)])
eg.add_note("group note")
print(eg.__notes__)
try:
    raise TypeError("with notes")
except TypeError as err:
    err.add_note("added while handling")
    print(err.__notes__)
