# Inheritance: overriding, super() in both forms, MRO with diamonds, isinstance/issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def kind(self):
        return "puppy, a " + super(Puppy, self).kind()


p = Puppy("Rex", 1)
print(p.speak(), p.kind(), p.age)
print(Puppy.__mro__)
print([c.__name__ for c in Puppy.mro()])
print(isinstance(p, Animal), isinstance(p, (int, Dog)), issubclass(Puppy, Animal))
print(issubclass(Dog, Puppy), issubclass(Dog, (Puppy, Animal)), issubclass(bool, int))
print(Dog.__bases__, Dog.__base__, Animal.__base__)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad4(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad5(3):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    @classmethod
    def create(cls):
        return cls()

    def __init_subclass__(cls, **kwargs):
        cls.registered = True
        super().__init_subclass__(**kwargs)


class Derived(Base):
    pass


print(type(Derived.create()).__name__, Derived.registered, hasattr(Base, "registered"))
print(Base.__subclasses__())


class Tagged:
    tags = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Tagged.tags.append((cls.__name__, tag))


class T1(Tagged, tag="one"):
    pass


class T2(Tagged):
    pass


print(Tagged.tags)
try:
    class T3(Tagged, tag="x", other=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class S:
    def method(self):
        return super().__repr__ is not None


print(S().method())


class Grand:
    def f(self):
        return "grand"


class Parent(Grand):
    pass


class Child(Parent):
    def f(self):
        return "child>" + super().f()


print(Child().f(), super(Parent, Child()).f())
print(super(Child, Child()).__thisclass__.__name__)
try:
    super(Child, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(3, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)


def no_args():
    return super()


try:
    no_args()
except RuntimeError as e:
    print(type(e).__name__, e)


class Static:
    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return cls.__name__


class SubStatic(Static):
    @classmethod
    def c(cls):
        return "sub-" + super().c()


print(SubStatic.s(), SubStatic().s(), SubStatic.c(), SubStatic().c())
