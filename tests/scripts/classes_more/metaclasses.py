# Metaclasses: __new__/__init__/__call__, __prepare__, inheritance of metaclasses, conflicts.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}

    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)

    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)

    def describe(cls):
        return "class " + cls.__name__


class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v


a = A(3)
print(a.v, A.injected, A.created_by, type(A).__name__, A.describe())
try:
    a.describe()
except AttributeError as e:
    print(type(e).__name__, e)


class B(A):
    pass


print(type(B).__name__, B.created_by)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class M3(M1):
    pass


class W(X, metaclass=M3):
    pass


print(type(W).__name__)


class Singleton(type):
    instances = {}

    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]


class One(metaclass=Singleton):
    pass


print(One() is One())
Dyn = type("Dyn", (object,), {"x": 5, "m": lambda self: self.x * 2})
print(Dyn().m(), Dyn.__name__, Dyn.__qualname__, Dyn.__module__ if hasattr(Dyn, "__module__") else None)
for bad in [lambda: type("N", 1, {}), lambda: type("N", (), 1), lambda: type(1, (), {}),
            lambda: type("N", (1,), {}), lambda: type("a", "b"), lambda: type()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


def func_meta(name, bases, ns):
    return "made by function: " + name


class F(metaclass=func_meta):
    pass


print(F)


class NotPrepared(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class Q(metaclass=NotPrepared):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Counting(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.n_attrs = len([k for k in ns if not k.startswith("__")])


class C(metaclass=Counting):
    a = 1
    b = 2

    def c(self):
        pass


print(C.n_attrs, isinstance(C, Counting), issubclass(Counting, type))
print(type(type), type(object), isinstance(type, object), isinstance(object, type))


class Attr(type):
    def __getattr__(cls, name):
        return "meta getattr " + name


class G(metaclass=Attr):
    real = "real"


print(G.real, G.virtual)
try:
    G().virtual
except AttributeError as e:
    print(e)
