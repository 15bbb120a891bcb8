from dataclasses import (FrozenInstanceError, asdict, astuple, dataclass, field, fields,
                         is_dataclass, replace)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p == (1, 0))
print(Point(x=3, y=4), [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(1))
print(asdict(p), astuple(Point(5, 6)), replace(p, y=9))
print(Point.__init__.__qualname__, Point.__match_args__, Point.__hash__)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    hidden: int = field(default=7, init=False)
    kind: ClassVar[str] = "inv"


a = Inventory("a")
b = Inventory("b", ["x"], 2)
a.items.append("y")
print(a, b, a.hidden, Inventory.kind, a.items is not b.items)
print([f.name for f in fields(Inventory)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1))
print(hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1): "v1"}[Version(1)])
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class Child(Point):
    z: int = 5


print(Child(1, 2, 3), Child(1))


@dataclass
class Post:
    a: int
    b: int = 0

    def __post_init__(self):
        self.total = self.a + self.b


print(Post(2, 3).total)


@dataclass
class Nested:
    p: Point
    ps: list


print(asdict(Nested(Point(1, 2), [Point(3, 4)])))


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), type(repr(Plain(1))).__name__)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1))

for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: KW(1), lambda: asdict(Point), lambda: fields(1),
            lambda: field(default=1, default_factory=list)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print("ValueError", e)
