# types: the type names, SimpleNamespace, new_class/prepare_class/resolve_bases, coroutine.
import asyncio
import sys
import types


def f():
    pass


async def co():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


class C:
    def m(self):
        pass


checks = [
    ("FunctionType", f, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("MethodType", C().m, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("GeneratorType", gen(), types.GeneratorType),
    ("AsyncGeneratorType", agen(), types.AsyncGeneratorType),
    ("ModuleType", sys, types.ModuleType),
    ("MappingProxyType", type.__dict__, types.MappingProxyType),
    ("NoneType", None, types.NoneType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
    ("CodeType", f.__code__, types.CodeType),
    ("GenericAlias", list[int], types.GenericAlias),
    ("UnionType", int | str, types.UnionType),
]
for name, value, kind in checks:
    print(name, isinstance(value, kind), kind.__name__)
c = co()
print("CoroutineType", isinstance(c, types.CoroutineType), types.CoroutineType.__name__)
c.close()
print(types.FunctionType is types.LambdaType, isinstance(f, types.MethodType))
print(types.MethodType(f, 5).__self__, types.MethodType(lambda self: self * 2, 21)())
m = types.ModuleType("made")
print(m.__name__, m.__doc__, repr(types.ModuleType("doc", "text").__doc__))

ns = types.SimpleNamespace(a=1, b="two")
print(ns, repr(types.SimpleNamespace()))
ns.c = [3]
del ns.a
print(ns, ns.b, vars(ns))
ns.me = ns
print(ns)
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1),
      types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2),
      types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1),
      types.SimpleNamespace() == {})
print(types.SimpleNamespace(**{"k": 1, "j": 2}))


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1))
for args in [(1,), ({"a": 1},)]:
    try:
        types.SimpleNamespace(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    types.SimpleNamespace().missing
except AttributeError as e:
    print("AttributeError", type(e).__name__)
try:
    hash(types.SimpleNamespace())
except TypeError:
    print("unhashable")


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return {"prepared": kwds}

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)


def body(ns):
    ns["x"] = 42
    ns["double"] = lambda self: self.x * 2


K = types.new_class("K", (C,), {"metaclass": Meta, "flag": 1}, body)
print(K.__name__, type(K).__name__, K.x, K().double(), K.prepared, K.__bases__[0].__name__)
print(types.new_class("Plain").__name__, type(types.new_class("Plain")).__name__)
meta, ns2, kwds = types.prepare_class("P", (C,), {"a": 1})
print(meta.__name__, ns2, kwds)
print(types.prepare_class("Q", (), {"metaclass": Meta, "y": 2})[1:])


class Entry:
    def __mro_entries__(self, bases):
        return (C,)


print(types.resolve_bases((Entry(), int))[0].__name__, types.resolve_bases((int,)))
R = types.new_class("R", (Entry(),))
print(R.__bases__[0].__name__, R.__orig_bases__[0].__class__.__name__)


class Meta2(type):
    pass


class Meta3(type):
    pass


try:
    types.new_class("Bad", (Meta2("A", (), {}), Meta3("B", (), {})))
except TypeError as e:
    print("TypeError", e)


@types.coroutine
def legacy():
    yield


async def main():
    await legacy()
    return "awaited legacy"


print(asyncio.run(main()))


async def already():
    return 7


print(types.coroutine(already) is already)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)

for obj in [types.SimpleNamespace(a=1), Sub(a=1)]:
    try:
        obj.nope
    except AttributeError as e:
        print("AttributeError", e, e.name, e.obj is obj)
    print(getattr(obj, "nope", "default"), hasattr(obj, "a"), hasattr(obj, "nope"))
