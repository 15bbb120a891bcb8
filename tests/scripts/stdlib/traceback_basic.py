import sys
import traceback


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("while handling") from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(type(lines).__name__, all(line.endswith("\n") for line in lines))
    print("".join(lines), end="")
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)

print(traceback.format_exc(), end="")
print(traceback.format_exception_only(ZeroDivisionError("x")))
