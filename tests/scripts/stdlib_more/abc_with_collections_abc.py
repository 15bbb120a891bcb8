# A class may derive from both a collections.abc class and abc.ABC (one metaclass family).
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized


class Base(Sized, ABC):
    def __len__(self):
        return 2

    @abstractmethod
    def extra(self): ...


class Impl(Base):
    def __iter__(self):
        return iter((1, 2))

    def extra(self):
        return 'x'


try:
    Base()
except TypeError as e:
    print(e)
i = Impl()
print(isinstance(i, Sized), isinstance(i, Iterable), len(i), i.extra(), list(i))
print(isinstance(3, Iterable), issubclass(list, Iterable), issubclass(Impl, ABC))


class R:
    pass


Iterable.register(R)
print(isinstance(R(), Iterable), issubclass(R, Sized))
