# __slots__, properties, descriptors with __get__/__set__/__set_name__, __getattr__ hooks.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"), P.x)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, "y"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)


class Q(P):
    pass


q = Q(5)
q.z = 6
print(q.x, q.z, sorted(q.__dict__))


class R(P):
    __slots__ = ("w", "__priv")

    def set_priv(self, v):
        self.__priv = v
        return self._R__priv


r = R(1)
r.w = 2
print(r.x, r.w, r.set_priv(9), hasattr(r, "__dict__"))
try:
    class Conflict:
        a = 1
        __slots__ = ("a",)
except ValueError as e:
    print(type(e).__name__, e)
try:
    class NotStr:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class TupleSlots(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)


class WithDictSlot:
    __slots__ = ("a", "__dict__")


w = WithDictSlot()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "The temperature in Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, "unset")

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        instance.__dict__.pop(self.name, None)


class Person:
    name = Typed(str)
    age = Typed(int)


pe = Person()
print(pe.name, Person.name.name, Person.age.owner)
pe.name = "Ann"
pe.age = 30
print(pe.name, pe.age)
try:
    pe.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del pe.age
print(pe.age)


class NonData:
    def __get__(self, instance, owner):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr, Holder.attr)
h.attr = "instance wins"
print(h.attr)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

    real = 1


lz = Lazy()
print(lz.real, lz.xyz, getattr(lz, "xa"), hasattr(lz, "nope"), getattr(lz, "nope", "dflt"))
try:
    lz.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Logged:
    def __init__(self):
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name != "log":
            print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

    def method(self):
        return "m"


lg = Logged()
lg.a = 1
print(lg.a, lg.method(), lg.log)
del lg.a
print(hasattr(lg, "a"))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return f"class {cls.__name__}"


class WithMeta(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v


wm = WithMeta(3)
print(wm.v, WithMeta.created_by, WithMeta.extra, WithMeta.describe(), type(WithMeta).__name__)
print(isinstance(WithMeta, Meta), isinstance(WithMeta, type), type(Meta))


class SubWithMeta(WithMeta):
    pass


print(type(SubWithMeta).__name__, SubWithMeta.created_by, SubWithMeta.extra)

Dyn = type("Dyn", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(Dyn.__name__, Dyn().f(), Dyn.__module__, type(Dyn))
Sub = type("Sub", (Dyn,), {})
print(Sub().f(), Sub.__mro__)
print(type(3), type("s"), type(type))
for bad in [("X", [], {}), ("X", (), []), (1, (), {}), ("X",  ()), ()]:
    try:
        type(*bad)
    except TypeError as e:
        print(type(e).__name__, e)


class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42}


class UsesPrepared(metaclass=Prepared):
    seen = injected


print(UsesPrepared.seen)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class R1(metaclass=Registry):
    pass


class R2(R1):
    pass


print(Registry.classes)


class GenericLike:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(GenericLike[int])
