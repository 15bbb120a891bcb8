# Subclasses of bytes keep their class, take attributes and still work as bytes.


class B(bytes):
    def shout(self):
        return self.upper() + b"!"


b = B(b"abc")
print(type(b).__name__, type(b) is B, isinstance(b, bytes), issubclass(B, bytes))
print(b, repr(b), str(b), len(b), b[0], b[1:], list(b), b.shout())
print(b == b"abc", b != b"abd", b < b"abd", hash(b) == hash(b"abc"), b in {b"abc"})
print(type(b + b"d").__name__, type(b"d" + b).__name__, type(b * 2).__name__, type(b[:]).__name__)
print(b.decode(), b.upper(), b.split(b"b"), b.hex(), int.from_bytes(b, "big"))
print(type(bytes(b)).__name__, bytes(b) == b, bytearray(b), b"%s!" % b)
print(type(B.fromhex("4142")).__name__, B.fromhex("4142"), b.join([b"1", b"2"]))
b.note = "kept"
print(b.note, b.__dict__, vars(b))

# Every constructor form makes an instance of the subclass.
for args in ((), (3,), ([65, 66],), ("hé", "utf-8"), ("x", "ascii", "strict"), (b"",),
             (bytearray(b"ba"),), (iter([1, 2]),)):
    v = B(*args)
    print(len(args), type(v).__name__, v)
for args in (("x",), (1.5,), ([300],), ("x", "nope"), (-1,)):
    try:
        B(*args)
    except (TypeError, ValueError, LookupError) as e:
        print(args, type(e).__name__, e)

# A __new__ of its own.
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self


t = Tagged(b"xyz", "first")
print(type(t).__name__, t, t.tag, bytes.__new__(B, b"q"), type(bytes.__new__(B, b"q")).__name__)


class WithInit(bytes):
    def __init__(self, data):
        self.size = len(self)


w = WithInit(b"four")
print(w, w.size)

# A subclass with no attributes allowed.
class Slim(bytes):
    __slots__ = ()


s = Slim(b"s")
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(s, "__dict__"), type(s).__name__)

# Many instances of varied sizes survive the collector with their attributes.
import gc

objs = []
for i in range(500):
    o = B(bytes(range(i % 70)))
    o.i = i
    objs.append(o)
gc.collect()
print(sum(o.i for o in objs), all(len(o) == o.i % 70 for o in objs))
