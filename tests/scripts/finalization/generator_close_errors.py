# A loop-owned generator whose close fails (its finally raises, or it yields again) does not
# disturb the loop: the error is reported as "Exception ignored in: <generator ...>" on
# sys.stderr, as CPython's generator finalizer reports it. The report is captured here, with
# the object's address masked.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def show(text):
    for line in text.splitlines():
        if " at 0x" in line:
            line = line[: line.index(" at 0x")] + " at ADDRESS>"
        if line.startswith("  File "):
            line = "  File " + line[line.index(", line"):]
        print("  |", line)


def run(title, body):
    print("--", title)
    saved = sys.stderr
    sys.stderr = Capture()
    try:
        body()
    finally:
        captured = "".join(sys.stderr.parts)
        sys.stderr = saved
    show(captured)


def raises_in_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup starts")
        raise ValueError("cleanup failed")


def case_finally_raises():
    for x in raises_in_finally():
        print("got", x)
        break
    print("loop left normally")


def yields_in_finally():
    try:
        yield 1
    finally:
        yield "again"


def case_ignores_exit():
    for x in yields_in_finally():
        break
    print("loop left normally")


def case_while_unwinding():
    try:
        for x in raises_in_finally():
            raise KeyError("body failed")
    except KeyError as e:
        print("the body's exception still arrives:", repr(e))


def swallowing():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed GeneratorExit")
        return "ignored value"


def case_return_in_handler():
    for x in swallowing():
        break
    print("nothing to report")


run("finally raises", case_finally_raises)
run("yield in finally", case_ignores_exit)
run("while an exception unwinds", case_while_unwinding)
run("returning from the GeneratorExit handler", case_return_in_handler)
