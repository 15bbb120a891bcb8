# sys._getframe and frame objects: f_code, f_lineno, f_back, f_globals, f_locals; traceback frames.
import sys


def current():
    f = sys._getframe()
    line = sys._getframe().f_lineno
    return f.f_code.co_name, line, f.f_back.f_code.co_name, f.f_globals is globals()


print(current())


def caller_name():
    return sys._getframe(1).f_code.co_name


def outer_function():
    return caller_name()


print(outer_function())


def with_locals(a, b=2):
    c = a + b

    def inner():
        return c
    return sys._getframe().f_locals


print(sorted(with_locals(1)))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)


def fails():
    x = "local in failing frame"
    raise KeyError(x)


try:
    fails()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    last = e.__traceback__.tb_next.tb_frame
    print(last.f_locals["x"], last.f_code.co_filename.endswith("frame_introspection.py"))
print(type(sys._getframe()).__name__, sys._getframe().f_code is sys._getframe().f_code)


def gen():
    yield sys._getframe().f_code.co_name


print(next(gen()))
