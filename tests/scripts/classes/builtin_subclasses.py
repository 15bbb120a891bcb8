# Subclassing builtins: list, dict, set, exceptions, object's hooks.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], sorted(Stack([3, 1, 2])), Stack("ab"), s == [1, 2, 3])
s.tag = "t"
print(s.tag, [x * 2 for x in s])


class LoudList(list):
    def append(self, v):
        print("append", v)
        super().append(v)

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __len__(self):
        return super().__len__() + 100


ll = LoudList()
ll.append(5)
print(ll[0], len(ll), list.__len__(ll))


class DefaultDict(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default

    def __missing__(self, key):
        return self.default

    def __repr__(self):
        return "DD" + super().__repr__()


d = DefaultDict(0, a=1)
d["b"] = 2
print(d["a"], d["zzz"], d, len(d), sorted(d.items()), isinstance(d, dict))


class CaseDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


cd = CaseDict()
cd["AbC"] = 1
print(cd["ABC"], "aBc" in cd, dict(cd), cd.get("abc"))


class TagSet(set):
    def only_ints(self):
        return {x for x in self if isinstance(x, int)}


ts = TagSet([1, "a", 2])
print(sorted(ts.only_ints()), len(ts), 1 in ts, type(ts).__name__)


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what


class WithCode(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.what, e.args, repr(e), isinstance(e, Exception))
try:
    raise WithCode("bad", 42)
except Exception as e:
    print(type(e).__name__, str(e), e.code, e.args, repr(e))
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        raise AppError("wrapped") from inner
except AppError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
print(issubclass(NotFound, Exception), NotFound.__mro__)


class Quiet(Exception):
    def __init__(self):
        pass


q = Quiet()
print(repr(q), str(q), q.args)


class MyInt(int):
    def double(self):
        return self * 2


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


pr = Pair(1, 2)
print(pr, pr.first, len(pr), type(pr).__name__, pr == (1, 2), isinstance(pr, tuple))
print(MyStr("hi").shout(), MyInt(21).double())
