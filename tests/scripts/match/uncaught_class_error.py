# An uncaught TypeError from a class pattern: the traceback points at the pattern.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def check(p):
    match p:
        case Point(1, 2, 3):
            return "too many"


print("start")
check(Point(1, 2))
