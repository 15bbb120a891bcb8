# Dataclasses set __match_args__ from their fields, so positional patterns work on them.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: float = 1.0


@dataclass
class Rect:
    corner: Point
    width: int
    height: int
    tags: list = field(default_factory=list)


@dataclass(match_args=False)
class Hidden:
    a: int


print(Point.__match_args__, Circle.__match_args__, Rect.__match_args__)
print(hasattr(Hidden, "__match_args__"))


def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at the origin, r={r}"
        case Circle(c, radius=r):
            return f"circle at {c.x},{c.y}, r={r}"
        case Rect(_, w, h) if w == h:
            return f"square {w}"
        case Rect(Point(x, y), w, h, tags=[first, *_]):
            return f"tagged rect at {x},{y} ({first}) {w}x{h}"
        case Rect(width=w, height=h):
            return f"rect {w}x{h}"
        case _:
            return "unknown shape"


for s in [Circle(Point(0, 0)), Circle(Point(1, 2), 3.5), Rect(Point(0, 0), 2, 2),
          Rect(Point(1, 1), 2, 3, ["red"]), Rect(Point(1, 1), 4, 5), Point(1, 2)]:
    print(area(s))

try:
    match Hidden(1):
        case Hidden(a):
            print("not reached")
except TypeError as e:
    print("TypeError", e)

match Hidden(1):
    case Hidden(a=1):
        print("keyword patterns still work")
