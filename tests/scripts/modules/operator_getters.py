# itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 25, "b"), ("amy", 31, "a"), ("cat", 25, "c")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("xyz"), itemgetter(-1)([1, 2]), itemgetter("k")({"k": 9}), itemgetter(0, 0)("ab"))
print(itemgetter(slice(1, None))("hello"), list(map(itemgetter(0), rows)))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x")), repr(attrgetter("a.b", "c")))
print(attrgetter("real")(3 + 4j), attrgetter("real", "imag")(5), attrgetter("__class__.__name__")(1))
up = methodcaller("upper")
sp = methodcaller("split", ",", maxsplit=1)
print(up("abc"), sp("a,b,c"), methodcaller("count", "a")("banana"), methodcaller("get", "z", 0)({}))
print(repr(up), repr(sp), repr(methodcaller("f", 1, "two", k=[3])))
for call in [lambda: itemgetter(5)([1]), lambda: itemgetter("x")({}), lambda: attrgetter("nope")(1),
             lambda: attrgetter(5), lambda: methodcaller(5), lambda: methodcaller("nope")(1),
             lambda: itemgetter(), lambda: itemgetter(0)()]:
    try:
        call()
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
