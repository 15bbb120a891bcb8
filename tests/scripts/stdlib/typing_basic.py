from typing import (Any, AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Callable,
                    ClassVar, Coroutine, Dict, Final, FrozenSet, Generator, Generic, Iterable,
                    Iterator, List, Literal, Mapping, MutableMapping, NamedTuple, NoReturn,
                    Optional, Protocol, Sequence, Set, Tuple, Type, TypedDict, TypeVar, Union,
                    TYPE_CHECKING, cast, get_type_hints, overload, get_args, get_origin)
import typing

print(TYPE_CHECKING)
print(Optional[int], Optional[str])
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Set[bytes])
print(Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]])
print(Callable[[int], str], Callable[..., Any], Callable[[], None])
print(Awaitable[int], Generator[Any, None, int], Coroutine[Any, Any, str])
print(Literal["a", 1], ClassVar[int], Final[str])
print(Any, NoReturn, Optional, Union, List, Dict, Callable)
print(Iterable[int], Iterator[str], Mapping[str, int], Sequence[float], FrozenSet[int])
print(AsyncIterator[int], AsyncIterable[int], AsyncGenerator[int, None], Type[int])
print(Tuple[()], MutableMapping[str, List[int]])
print(Optional[List[int]], Dict[str, Optional[int]])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_args(Callable[[int], str]))
print(get_origin(Union[int, str]) is Union, get_args(int), get_origin(int))

T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(T, K, T.__name__)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box[int], Box.__mro__[-2] is Generic)
print(Box[int](5).item)


class Pair(Dict[str, int]):
    pass


p = Pair(a=1)
print(p, isinstance(p, dict))


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


def use(g: Greeter) -> str:
    return g.greet()


print(use(English()))


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return self.x * self.x + self.y * self.y


pt = Point(3, 4)
print(pt, pt.norm(), Point(1), pt._fields, pt._asdict())
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 3))


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name="x", year=1999)
print(m, type(m).__name__)

print(cast(int, "not checked"), cast("List[int]", [1]))


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(1), f("s"))


def annotated(a: int, b: "str" = "x", c: None = None) -> List[int]:
    return [a]


print(get_type_hints(annotated))


class WithHints:
    x: int
    y: "List[str]"


print(get_type_hints(WithHints))

for bad in (lambda: Union[()], lambda: Generic[int], lambda: List[int, str],
            lambda: Optional(), lambda: Any()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
