# super() in every form: zero-arg, two-arg, unbound, classmethods, properties, and its errors.
class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"

    @property
    def prop(self):
        return "A.prop"

    @staticmethod
    def st():
        return "A.st"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @property
    def prop(self):
        return "B>" + super().prop

    def explicit(self):
        return super(B, self).who(), super(A, self).__class__.__name__

    def static_via_super(self):
        return super().st()


class C(B):
    def who(self):
        return "C>" + super().who()


c = C()
print(c.who(), C.make(), c.prop, c.explicit(), c.static_via_super())
print(super(C, c).who(), super(B, c).who(), super(C, C).make())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(B, c)).startswith("<super: <class 'B'>, <C object>"))
unbound = super(B)
print(repr(unbound), unbound.__self__)

errors = [
    lambda: super(B, 1),
    lambda: super(1, c),
    lambda: super(C, A()),
    lambda: super(),
    lambda: super(B, c).missing,
    lambda: super(A, c).who(),
    lambda: super(object, c).who,
]
for i, call in enumerate(errors):
    try:
        print(i, call())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(i, type(e).__name__, e)


class NoSuperArgs:
    def m():
        return super().__init__


try:
    NoSuperArgs.m()
except RuntimeError as e:
    print(type(e).__name__, e)


def outside(self):
    return super().__repr__


class Holder:
    pass


Holder.f = outside
try:
    Holder().f()
except RuntimeError as e:
    print(type(e).__name__, e)


class Init(A):
    def __init__(self):
        super().__init__()
        self.ok = True


print(Init().ok)


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True


class Child(Base):
    pass


print(Child.registered)


class Setter(A):
    def set(self):
        try:
            super().x = 1
        except AttributeError as e:
            print(type(e).__name__, e)


Setter().set()


class Cell(A):
    def who(self):
        inner = lambda: super(Cell, self).who()
        return "Cell>" + inner()


print(Cell().who())


class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls


class Tagged(metaclass=Meta):
    pass


print(Tagged.tag)
print(super(B, c).__class__ is super, isinstance(super(B, c), super))
