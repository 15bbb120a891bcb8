# Descriptors: data vs non-data precedence, __set_name__, __delete__, class-level access.
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("class access", objtype.__name__)
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Host:
    d = Data()
    n = NonData()
    other = Data()


h = Host()
print(Host.d, h.d)
h.d = 5
print(h.d, h.__dict__)
h.__dict__["d"] = "instance dict"
print(h.d)
h.n
h.__dict__["n"] = "shadowed"
print(h.n, Host.n)
del h.d
print(h.d)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class H2:
    s = SetOnly()


h2 = H2()
h2.s = 1
print(type(H2.s).__name__)
h2.__dict__["s"] = "in dict"
print(h2.s)


class GetOnly:
    def __get__(self, obj, typ):
        return "got"


class H3:
    g = GetOnly()


h3 = H3()
h3.g = "assigned"
print(h3.g, H3.g)
del h3.g
print(h3.g)


class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class H4:
    d = DeleteOnly()


try:
    H4().d = 1
except AttributeError as e:
    print(type(e).__name__, e)
del H4().d


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, typ=None):
        return self if obj is None else obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)


class FailingSetName:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)


try:
    class Broken:
        attr = FailingSetName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)


class Late:
    pass


Late.added = Data()
print("no set_name for late attribute")


class MethodLike:
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return lambda *a: ("bound-ish", type(obj).__name__, a)


class H5:
    m = MethodLike()


print(H5().m(1, 2))
print(type(H5.__dict__["m"]).__name__)
f = lambda self: self
print(f.__get__(5)(), f.__get__(None, int) is f)
