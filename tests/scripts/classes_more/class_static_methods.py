# classmethod and staticmethod: binding, wrapping, __func__, calls through instances and errors.
class A:
    count = 0

    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls, args

    @staticmethod
    def add(a, b):
        return a + b


class B(A):
    pass


print(A.create(1)[0].__name__, B.create()[0].__name__, B().create()[0].__name__)
print(A.count, B.count)
print(A.add(1, 2), A().add(3, 4), B.add("x", "y"))
cm = A.__dict__["create"]
sm = A.__dict__["add"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, B)()[0].__name__, sm.__get__(None, A)(5, 6))
print(A.create.__self__ is A, A.create.__func__ is cm.__func__)
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__)
print(callable(sm), A.add.__name__, A.add.__qualname__)


def loose(x):
    return x * 2


s = staticmethod(loose)
print(s(21))
try:
    classmethod(loose)(1)
except TypeError as e:
    print(type(e).__name__, e)


class C:
    m = classmethod(lambda cls: cls.__name__)
    n = staticmethod(len)


print(C.m(), C().m(), C.n("abc"))
try:
    A.create.__self__ = 1
except AttributeError as e:
    print(type(e).__name__)


class Counter:
    instances = []

    def __init__(self):
        type(self).instances.append(self)

    @classmethod
    def total(cls):
        return len(cls.instances)


Counter()
Counter()
print(Counter.total())


class Alt:
    @classmethod
    def alt_ctor(cls, s):
        return cls(int(s))

    def __init__(self, v):
        self.v = v


class AltSub(Alt):
    pass


a = AltSub.alt_ctor("7")
print(type(a).__name__, a.v)
print(repr(staticmethod(loose)).startswith("<staticmethod("), repr(classmethod(loose)).startswith("<classmethod("))
