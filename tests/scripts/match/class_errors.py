# Runtime errors of class patterns, with CPython's messages.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class NoMatchArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class One:
    __match_args__ = ("a",)
    a = 1


not_a_class = 3


def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            return "matched"


def no_match_args():
    match NoMatchArgs():
        case NoMatchArgs(a):
            return "matched"


def list_args():
    match ListArgs():
        case ListArgs(a):
            return "matched"


def int_args():
    match IntArgs():
        case IntArgs(a):
            return "matched"


def repeated():
    match Point(1, 2):
        case Point(x, x=1):
            return "matched"


def not_a_type():
    match 1:
        case not_a_class():
            return "matched"


def self_too_many():
    match 1:
        case int(a, b):
            return "matched"


def one_too_many():
    match One():
        case One(a, b):
            return "matched"


def instance_first():
    match "not a point":
        case Point(a, b, c):
            return "matched"
        case _:
            return "isinstance fails before __match_args__ is looked at"


for name, f in list(globals().items()):
    if callable(f) and f.__module__ == "__main__" and not isinstance(f, type) and name != "attempt":
        attempt(name, f)
