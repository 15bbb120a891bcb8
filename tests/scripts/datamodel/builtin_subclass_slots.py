# __slots__ on subclasses of builtins: allowed for str, float, complex and frozenset, refused
# (nonempty) for the variable-size int, tuple and bytes.
import gc

for base in (str, tuple, bytes, int, float, complex, frozenset):
    for slots in ((), ("a",), ("__dict__",), ("a", "__dict__"), "b", ["a", "b"]):
        try:
            cls = type("C", (base,), {"__slots__": slots})
        except TypeError as e:
            print(base.__name__, slots, "TypeError", e)
            continue
        obj = cls()
        print(base.__name__, slots, hasattr(obj, "__dict__"), type(obj).__name__)
        for name in ("a", "b"):
            if name in slots:
                try:
                    getattr(obj, name)
                except AttributeError as e:
                    print("  AttributeError", e)
                setattr(obj, name, name * 2)
                print("  ", name, getattr(obj, name))
        try:
            obj.other = 1
            print("  other", obj.other, obj.__dict__)
        except AttributeError as e:
            print("  AttributeError", e)

# A subclass of a subclass refuses __slots__ naming the base as CPython does.
class T(tuple):
    pass


try:
    class U(T):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError", e)

try:
    class I2(int):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError", e)


# str subclasses: fields from several levels of the hierarchy, with and without a __dict__.
class Word(str):
    __slots__ = ("lang", "freq")


class Tagged(Word):
    __slots__ = ("tag",)


class Loose(Tagged):
    pass


words = []
for i in range(200):
    w = Loose("w" * (i % 33) + "é" * (i % 3))
    w.lang, w.freq, w.tag, w.note = "fr", i, "t%d" % i, [i]
    words.append(w)
gc.collect()
print(sum(w.freq for w in words), words[37].tag, words[37].note, words[37], len(words[37]))
print(words[5].__dict__, sorted(Tagged.__dict__.keys() - {"__doc__", "__module__"}))
t = Tagged("abc")
print(t, t.upper(), t + "d", len(t))
try:
    t.note = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    print(t.lang)
except AttributeError as e:
    print("AttributeError", e)
t.lang = "en"
del t.lang
try:
    del t.lang
except AttributeError as e:
    print("AttributeError", e)
try:
    Word.lang.__get__(5)
except TypeError as e:
    print("TypeError", e)

try:
    class Both(Word, Tagged.__base__.__base__):
        pass
    print("Both", Both.__mro__[1].__name__)
except TypeError as e:
    print("TypeError", e)


class Other(str):
    __slots__ = ("x",)


try:
    class Clash(Word, Other):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class Dup(str):
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)
try:
    class WithDict(str):
        __slots__ = ("__dict__",)

    class WithDict2(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError", e)
