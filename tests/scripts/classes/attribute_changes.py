# Attribute lookups stay right when classes change after use (the interpreter caches them).
class A:
    def m(self):
        return "A.m"


class B(A):
    pass


def call_m(o):
    return o.m()


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


b = B()
results = []
for step in range(6):
    if step == 1:
        A.m = lambda self: "patched A.m"
    if step == 2:
        B.m = lambda self: "B.m"
    if step == 3:
        b.m = lambda: "instance m"
    if step == 4:
        del b.m
    if step == 5:
        del B.m
    results.append(call_m(b))
print(results)

b.x = 1
reads = []
for step in range(5):
    if step == 1:
        A.x = property(lambda self: "property x")
    if step == 2:
        del A.x
    if step == 3:
        B.x = "class x"
        del b.x
    if step == 4:
        b.x = "instance again"
    reads.append(read_x(b))
print(reads)


class Guarded:
    pass


g = Guarded()
for step in range(3):
    if step == 1:
        Guarded.x = property(lambda self: "ro", None)
    try:
        write_x(g, step)
        print("wrote", g.x)
    except AttributeError as e:
        print(type(e).__name__, e)


class S:
    __slots__ = ("x",)


s = S()
for v in range(3):
    write_x(s, v)
    print(read_x(s))
del s.x
try:
    read_x(s)
except AttributeError as e:
    print(type(e).__name__, e)


class Dyn:
    pass


d = Dyn()
outs = []
for step in range(4):
    if step == 1:
        Dyn.__getattr__ = lambda self, name: "fallback " + name
    if step == 2:
        d.x = "set"
    if step == 3:
        del Dyn.__getattr__
        del d.x
    try:
        outs.append(read_x(d))
    except AttributeError as e:
        outs.append(str(e))
print(outs)

objs = [A(), B(), Guarded(), 5, "s"]
for o in objs:
    try:
        print(type(o).__name__, call_m(o))
    except AttributeError as e:
        print(type(e).__name__, e)
