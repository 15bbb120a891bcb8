from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name}={self.value}"


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, isinstance(Color.RED, Color))
print(Color.BLUE.describe(), type(Color.RED).__name__, repr(Color))
print(list(Color.__members__), f"{Color.RED}", "%s" % Color.GREEN)
print({Color.RED: "r"}[Color.RED], sorted(Color, key=lambda c: c.value)[-1])
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), Auto.D.value)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(1), int(Num.TWO), f"{Num.ONE}")
print(sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.X), Perm.R.value, Perm.X.value, rw.value, Perm.R in rw, Perm.X in rw)
print(bool(Perm.R & Perm.W), repr(Perm.R & Perm.W))


class Mode(IntFlag):
    A = 1
    B = 2


print(Mode.A | Mode.B == 3, int(Mode.A | Mode.B))


class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light!"


print(Shade.DARK, repr(Shade.LIGHT), Shade.DARK == "dark", Shade.DARK.upper())


class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MARS.radius, Planet.EARTH.value)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)


class Status(Enum):
    OK = "ok"
    FAIL = "fail"

    @classmethod
    def _missing_(cls, value):
        return cls.OK if value == "okay" else None


print(Status("okay"), Status("fail"))
