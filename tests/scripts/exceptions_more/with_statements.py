# with statements: __enter__/__exit__ order, suppression, exceptions inside __exit__, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress


with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner", suppress=True) as i:
    print("both", o, i)
    raise RuntimeError("inner handles")
print("after multiple")


def ret():
    with CM("ret"):
        return "returned"


print(ret())
for n in range(3):
    with CM("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError("from exit")


try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(type(e).__name__, e, repr(e.__context__))


class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with EnterRaises():
        print("never")
except OSError as e:
    print(e)


class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        pass


for obj in [NoEnter(), NoExit(), 1]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "non-empty string"


with Truthy():
    raise ValueError
print("suppressed by truthy value")


class ExitArgs:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print(typ, type(val).__name__, type(tb).__name__)
        return True


with ExitArgs():
    1 / 0
with ExitArgs() as (a):
    print(a is not None)
import contextlib


@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print("handled in generator")
    finally:
        print("teardown", tag)


with managed("x") as got:
    print("got", got)
with managed("y"):
    1 / 0
print("done")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppress ok")
