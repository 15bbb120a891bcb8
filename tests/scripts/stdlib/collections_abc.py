# isinstance/issubclass against collections.abc through the metaclass's __instancecheck__.
from collections.abc import (Callable, Hashable, Iterable, Iterator, Mapping, MutableMapping,
                             Sequence, Sized)
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping))
print(isinstance((), Sequence), isinstance("s", Sequence), isinstance({}, Sequence))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance(1, Hashable),
      isinstance([], Hashable), isinstance({}, Sized))


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(MyIter(), Iterator), issubclass(MyIter, Iterable))
