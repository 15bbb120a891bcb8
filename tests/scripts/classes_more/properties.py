# property: getter/setter/deleter, the setter/deleter copies, docs, and the error messages.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Degrees."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def readonly(self):
        return "ro"


t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.readonly = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.readonly
except AttributeError as e:
    print(type(e).__name__, e)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, type(p).__name__)
print(Temp.readonly.fset, Temp.readonly.fdel)
q = p.getter(lambda self: "replaced")
print(q is p, q.fset is p.fset)
t2 = Temp()
print(q.__get__(t2), q.__get__(None, Temp) is q)


def getx(self):
    return self._x


def setx(self, v):
    self._x = v


class Old:
    x = property(getx, setx, None, "the x")
    bare = property()
    only_del = property(None, None, lambda self: print("del only"))


o = Old()
o.x = 3
print(o.x, Old.x.__doc__)
try:
    o.bare
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.bare = 1
except AttributeError as e:
    print(type(e).__name__, e)
del o.only_del
try:
    o.only_del
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub " + str(self._c)


s = Sub()
s.celsius = 5
print(s.celsius)


class Computed:
    @property
    def fails(self):
        raise AttributeError("inside")

    def __getattr__(self, name):
        return "fallback " + name


print(Computed().fails)


class Docless:
    @property
    def p(self):
        "getter doc"
        return 1


print(Docless.p.__doc__)
try:
    property(1).__get__(o)
except TypeError as e:
    print(type(e).__name__, e)
