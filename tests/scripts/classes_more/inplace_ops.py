# In-place operators: __iadd__ and friends, fallback to binary ops, immutables, errors.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return "binary sub"

    def __imul__(self, o):
        return "replaced"


a = Acc()
ref = a
a += 1
a += 2
print(a is ref, a.items)
a -= 5
print(a)
b = Acc()
b *= 3
print(b)


class OnlyBinary:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyBinary(self.v + o)

    def __radd__(self, o):
        return OnlyBinary(o + self.v)


x = OnlyBinary(1)
y = x
x += 5
print(x.v, y.v, x is y)
n = 3
n += OnlyBinary(4)
print(n.v)


class All:
    def __init__(self):
        self.log = []

    def _op(name):
        def m(self, o):
            self.log.append(name)
            return self
        return m
    __ipow__ = _op("ipow")
    __imatmul__ = _op("imatmul")
    __itruediv__ = _op("itruediv")
    __ifloordiv__ = _op("ifloordiv")
    __imod__ = _op("imod")
    __ilshift__ = _op("ilshift")
    __irshift__ = _op("irshift")
    __iand__ = _op("iand")
    __ior__ = _op("ior")
    __ixor__ = _op("ixor")


z = All()
z **= 1
z @= 1
z /= 1
z //= 1
z %= 1
z <<= 1
z >>= 1
z &= 1
z |= 1
z ^= 1
print(z.log)


class Plain:
    pass


for name, code in [("+=", "p += 1"), ("-=", "p -= 1"), ("*=", "p *= 1"), ("@=", "p @= 1"),
                   ("**=", "p **= 1"), ("|=", "p |= 1"), ("<<=", "p <<= 1"), ("//=", "p //= 1")]:
    try:
        exec(code, {"p": Plain()})
    except TypeError as e:
        print(name, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
lst = [1]
alias = lst
lst += (2, 3)
print(alias)
try:
    lst2 = [1]
    lst2 + (2,)
except TypeError as e:
    print(e)
s = "a"
s *= 3
print(s)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
d = {"k": 1}
d["k"] += 5
print(d)


class Obj:
    pass


o = Obj()
o.count = 1
o.count += 1
print(o.count)
try:
    o.missing += 1
except AttributeError as e:
    print(type(e).__name__, e)
