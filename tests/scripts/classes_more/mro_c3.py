# C3 linearisation: __mro__, mro(), diamonds, and the inconsistent-MRO TypeErrors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)


class X: pass
class Y(X): pass


try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, B, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass


try:
    class Bad3(Q1, Q2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad5(object, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Left:
    def who(self):
        return "Left"


class Right:
    def who(self):
        return "Right"

    def only_right(self):
        return "only right"


class Both(Left, Right):
    pass


print(Both().who(), Both().only_right(), [c.__name__ for c in Both.__mro__])
print(object.__mro__, type.__mro__, bool.__mro__)
print(int.__bases__, bool.__bases__, object.__bases__)


class WithMethods(Both):
    pass


print(WithMethods.__mro__[1:] == Both.__mro__)
