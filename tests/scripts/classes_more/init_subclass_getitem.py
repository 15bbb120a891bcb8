# __init_subclass__ with keywords, __class_getitem__, __set_name__ order, class keywords errors.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Implicit:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "is classmethod:", isinstance(cls, type))


class Sub(Implicit):
    pass


print(type(Implicit.__dict__["__init_subclass__"]).__name__)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Plugin[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], type(list[int]).__name__)


class Ordered:
    def __set_name__(self, owner, name):
        print("set_name", name)


class Init:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)


class Both(Init):
    a = Ordered()
    b = Ordered()


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)


class WithKw(metaclass=Meta, flag=True):
    pass


class Inherit(WithKw, flag=False):
    pass
