# AttributeError.name and .obj set by failed attribute lookups; keyword construction of
# AttributeError, NameError and ImportError.
import sys


class A:
    pass


class G:
    def __getattr__(self, n):
        raise AttributeError("custom")


class G2:
    def __getattribute__(self, n):
        raise AttributeError("custom2")


class Preset:
    def __getattr__(self, n):
        raise AttributeError("c", name="preset")


class MyAE(AttributeError):
    pass


class Sub:
    def __getattr__(self, n):
        raise MyAE("sub")


class P:
    @property
    def p(self):
        return self.nope


a = A()
for expr in ["object().foo", "a.foo", "A.foo", "(1).foo", "sys.foo", "len.foo", "int.foo",
             "'s'.foo", "[].foo", "None.foo", "G().zz", "G2().zz", "Preset().zz", "Sub().zz",
             "P().p", "getattr(a, 'qq')", "a.__dict__['x']" if False else "getattr(1, 'real2')"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "|", type(e).__name__, e, "|", e.name, "|", type(e.obj).__name__,
              e.obj is a)
for stmt in ["a.qq = 1; del a.qq", "object().qq = 1", "del a.zz"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "|", e, "|", e.name, e.obj)
print(getattr(P(), "p", "default"), hasattr(a, "x"))
e = AttributeError("x", name="n", obj=5)
print(e, e.name, e.obj, e.args)
e = AttributeError()
print(e.name, e.obj)
for bad in ["AttributeError('x', nam=1)", "NameError(x=1)", "ImportError(x=1)",
            "ModuleNotFoundError(y=1)", "ValueError(x=1)", "MyAE(q=1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "|", e)
