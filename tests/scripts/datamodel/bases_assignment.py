# C.__bases__ assignment, and __class__ assignment on modules.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def __repr__(self): return "<B instance>"
class C(A): pass
class D(C): pass
d = D()
print(C.__bases__, D.__mro__, d.who())
C.__bases__ = (B,)
print(C.__bases__, C.__base__, D.__mro__, isinstance(D(), B), A.__subclasses__(), B.__subclasses__())
print(d.who(), d, isinstance(d, A))
for v in ('x', (), (1,), (D,), (int,), (A, A)):
  try: C.__bases__ = v
  except Exception as e: print(type(e).__name__, e)
try: del C.__bases__
except Exception as e: print(type(e).__name__, e)
try: int.__bases__ = (object,)
except Exception as e: print(type(e).__name__, e)
class X(A, B): pass
try: C.__bases__ = (X, A)
except Exception as e: print(type(e).__name__, e)
class E: pass
try: E.__bases__ = (A,)
except Exception as e: print(type(e).__name__, e)
class P: __slots__ = ('a',)
class Q: __slots__ = ('a',)
class R(P): pass
R.__bases__ = (Q,)
r = R(); r.a = 1
print(R.__mro__, r.a)
class Y(A): pass
try:
    Y.__bases__ = (A, B)
    print(Y.__mro__)
except TypeError as e: print(e)
print(C.__mro__, D.__mro__)

import sys
import types


class LazyModule(types.ModuleType):
    @property
    def answer(self):
        return 42


mod = sys.modules[__name__]
mod.__class__ = LazyModule
print(type(mod).__name__, mod.answer)
for target in (E, int):
    try:
        mod.__class__ = target
    except TypeError as e:
        print("TypeError", e)
mod.__class__ = types.ModuleType
print(type(mod).__name__)
