# Value patterns: dotted names compared with ==, including enum members and module constants.
import enum
import math


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Consts:
    ANSWER = 42
    NAME = "coil"


def paint(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case _:
            return "not a color"


for c in [Color.RED, Color.GREEN, Color.BLUE, 1, "RED"]:
    print(c, paint(c))

for v in [42, "coil", math.pi, 3.0]:
    match v:
        case Consts.ANSWER:
            print(v, "is the answer")
        case Consts.NAME:
            print(v, "is the name")
        case math.pi:
            print(v, "is pi")
        case _:
            print(v, "is nothing special")


class Eq:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print(f"  __eq__({self.tag}, {other!r})")
        return other == self.tag


class Holder:
    first = Eq("a")
    second = Eq("b")


match "b":
    case Holder.first:
        print("first")
    case Holder.second:
        print("second")
