# abc: abstract methods block instantiation, ABC/ABCMeta, register, __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3).describe(), Square(2).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__),
      sorted(Square.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape).__name__, ABCMeta.__module__, ABC.__abstractmethods__ == frozenset())
print(ABC.__slots__, type(ABC) is ABCMeta)


class One(metaclass=ABCMeta):
    @abstractmethod
    def only(self):
        pass


try:
    One()
except TypeError as e:
    print("TypeError", e)
try:
    One.__new__(One)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(One)
except TypeError as e:
    print("TypeError", e)


class WithArgs(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def run(self):
        pass


try:
    WithArgs(1)
except TypeError as e:
    print("TypeError", e)


class Props(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    Props()
except TypeError as e:
    print("TypeError", e)


class Concrete(Props):
    value = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Concrete.make().value, Concrete.helper())


class Plain:
    pass


print(Shape.register(Plain) is Plain, issubclass(Plain, Shape), isinstance(Plain(), Shape))
print(Plain.__mro__[-1].__name__, len(Plain.__mro__))
try:
    Shape.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print("RuntimeError", e)


@Shape.register
class Decorated:
    pass


print(issubclass(Decorated, Shape), Decorated.__name__)
token = abc.get_cache_token()
Shape.register(type("Late", (), {}))
print(abc.get_cache_token() != token)


class Quacker(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Quacker:
            return hasattr(other, "quack")
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Quacker), isinstance(Duck(), Quacker), issubclass(int, Quacker),
      isinstance(3, Quacker))
try:
    issubclass(3, Shape)
except TypeError as e:
    print("TypeError", e)


class Later(ABC):
    @abstractmethod
    def a(self):
        pass


Later.a = lambda self: "now concrete"
abc.update_abstractmethods(Later)
print(Later().a(), Later.__abstractmethods__)


class Mixed(ABC):
    @abstractmethod
    def z(self):
        pass

    @abstractmethod
    def b(self):
        pass

    @abstractmethod
    def m(self):
        pass


try:
    Mixed()
except TypeError as e:
    print("TypeError", e)
print(getattr(Mixed.z, "__isabstractmethod__", False), hasattr(Square.area, "__isabstractmethod__"))
