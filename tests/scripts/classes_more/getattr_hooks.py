# __getattr__, __getattribute__, __setattr__, __delattr__ and how they interact.
class Fallback:
    x = 1

    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError(f"no {name} here")
        return "fallback:" + name


f = Fallback()
print(f.x, f.y, getattr(f, "z"), hasattr(f, "bad_one"), getattr(f, "bad2", "dflt"))
try:
    f.bad_thing
except AttributeError as e:
    print(type(e).__name__, e)


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)

    def method(self):
        return "m"


o = Logged()
o.a = "hello"
print(o.a, o.method())
del o.a
try:
    o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(o.log)


class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError("go to getattr")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "getattr:" + name


print(Both().special, Both().other)


class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)


try:
    Raises().x
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Fallback(), "anything"))
try:
    hasattr(Raises(), "x")
except KeyError as e:
    print("hasattr propagates", e)


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")


fr = Frozen()
for action in [lambda: setattr(fr, "x", 1), lambda: delattr(fr, "x")]:
    try:
        action()
    except AttributeError as e:
        print(e)
object.__setattr__(fr, "x", 5)
print(fr.x)
for bad in [lambda: getattr(f, 1), lambda: setattr(f, 2, 3), lambda: delattr(f, None),
            lambda: object.__setattr__(1, "x", 2), lambda: object.__getattribute__(f, 3)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Plain:
    pass


pl = Plain()
try:
    pl.nope
except AttributeError as e:
    print(e)
try:
    Plain.nope
except AttributeError as e:
    print(e)
try:
    del pl.nope
except AttributeError as e:
    print(e)
try:
    (1).nope
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    "s".upper = 1
except AttributeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
try:
    del int.real
except TypeError as e:
    print(e)
