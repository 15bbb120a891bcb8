# isinstance/issubclass with tuples, nested tuples, __instancecheck__/__subclasscheck__, errors.
class A: pass
class B(A): pass
class C: pass


print(isinstance(B(), (C, A)), isinstance(1, (str, (float, (int,)))), isinstance(1, ()))
print(issubclass(B, (C, (A,))), issubclass(bool, int), issubclass(int, object))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
            lambda: issubclass(int, 1), lambda: issubclass(int, (1,)), lambda: isinstance(1, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, str)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, str)


class StrLike(metaclass=Meta):
    pass


print(isinstance("s", StrLike), isinstance(1, StrLike), issubclass(str, StrLike))
print(isinstance(StrLike(), StrLike))
print(isinstance("s", (int, StrLike)))


class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._registered = set()

    def register(cls, other):
        cls._registered.add(other)
        return other

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return sub in cls._registered or hasattr(sub, "quack") or type.__subclasscheck__(cls, sub)


class Quacker(metaclass=Registry):
    pass


class Duck2:
    def quack(self):
        pass


print(isinstance(Duck2(), Quacker), issubclass(Duck2, Quacker), issubclass(int, Quacker))
Quacker.register(int)
print(isinstance(1, Quacker), issubclass(int, Quacker), issubclass(str, Quacker))


class Impl(Quacker):
    pass


print(isinstance(Impl(), Quacker), issubclass(Impl, Quacker))


class Truthy(type):
    def __instancecheck__(cls, obj):
        return 1


class T(metaclass=Truthy):
    pass


print(isinstance(None, T))


print(isinstance(True, int), isinstance(int, type), isinstance(type, type))
