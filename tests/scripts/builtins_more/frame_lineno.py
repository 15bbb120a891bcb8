# frame.f_lineno of the running frame and of its callers.
import sys


def f():
    return sys._getframe().f_lineno


print(f())


def g():
    fr = sys._getframe()
    x = 1
    first = fr.f_lineno
    y = 2
    return first, fr.f_lineno, fr.f_back.f_lineno


print(g())


def h():
    return sys._getframe(1)


fr = h()
print(fr.f_lineno)
print(fr.f_lineno)


def outer():
    return inner()


def inner():
    caller = sys._getframe(1)
    here = sys._getframe(0)
    return caller.f_lineno, caller.f_code.co_name, here.f_lineno, getattr(here, "f_lineno")


print(outer())


def gen():
    fr = sys._getframe()
    yield fr.f_lineno
    yield fr.f_lineno
    yield fr.f_lineno


print(list(gen()))
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_lineno)
print(sys._getframe().f_lineno, [sys._getframe().f_lineno for _ in range(2)])
