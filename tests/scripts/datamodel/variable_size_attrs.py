# Instances of subclasses of str, tuple, bytes (and the fixed-size builtins) take attributes.
import gc


class S(str):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class I(int):
    pass


class F(float):
    pass


class C(complex):
    pass


class FS(frozenset):
    pass


for cls, arg in ((S, "text"), (T, (1, 2, 3)), (B, b"raw"), (I, 7), (F, 2.5), (C, 1j),
                 (FS, [3])):
    obj = cls(arg)
    print(cls.__name__, hasattr(obj, "__dict__"), obj.__dict__)
    obj.tag = cls.__name__.lower()
    obj.count = 1
    obj.count += 1
    print(obj, obj.tag, obj.count, sorted(obj.__dict__.items()), type(obj).__name__)
    del obj.count
    print(sorted(vars(obj)))
    try:
        obj.count
    except AttributeError as e:
        print("AttributeError", e)
    try:
        del obj.missing
    except AttributeError as e:
        print("AttributeError", e)

# Empty and long instances: the attribute slot follows the items whatever their number.
for n in (0, 1, 7, 8, 9, 15, 16, 17, 100, 1000):
    s, t, b = S("x" * n), T(range(n)), B(b"y" * n)
    s.n, t.n, b.n = n, n + 1, n + 2
    print(n, len(s), len(t), len(b), s.n, t.n, b.n, s == "x" * n, t == tuple(range(n)))

# Non-ASCII text keeps its length and content.
u = S("héllo wörld ✓")
u.lang = "mixed"
print(u, len(u), u.upper(), u.lang, u[1], u.encode())

# Values keep working as their builtin: operations return the builtin type.
s = S("abc")
s.x = 1
print(type(s + "d").__name__, type(s * 2).__name__, s.upper(), hash(s) == hash("abc"), s in {"abc"})
t = T((1, 2))
t.x = 1
print(type(t + (3,)).__name__, t[0], t[::-1], hash(t) == hash((1, 2)), t == (1, 2))

# A subclass of a subclass shares the slot; the collector keeps the attributes alive.
class SS(S):
    def shout(self):
        return self.upper() + "!" * self.level


objs = []
for i in range(300):
    o = SS("w" * (i % 40))
    o.level = i % 3
    o.payload = [i, str(i)]
    objs.append(o)
gc.collect()
print(sum(o.payload[0] for o in objs), objs[41].shout(), objs[5].payload)

# Instances made by methods of the base class are plain builtins.
print(type(S("a").strip()).__name__, type(T((1,))[:]).__name__)
