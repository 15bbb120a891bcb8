# Notes are printed after the exception line, each line of a note on its own.
def fail():
    e = RuntimeError("failed")
    e.add_note("first line\nsecond line")
    e.add_note("")
    e.add_note("last")
    raise e

try:
    fail()
except RuntimeError as e:
    e.add_note("caught once")
    e.__notes__.append(42)
    raise
