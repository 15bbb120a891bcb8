# __hash__ = None, inherited hashes, __bool__/__len__ truthiness and their errors.
class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)


class EqOnly:
    def __eq__(self, o):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)


class EqAndHash(EqOnly):
    def __hash__(self):
        return 42


print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))


class ChildOfEqOnly(EqOnly):
    pass


try:
    hash(ChildOfEqOnly())
except TypeError as e:
    print(e)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print(e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class NegOne:
    def __hash__(self):
        return -1


print(hash(NegOne()))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Truthy(True)), bool(Truthy(False)), bool(Sized(0)), bool(Sized(3)))
print("yes" if Sized(2) else "no", not Sized(0), Sized(0) or "alt", Sized(1) and "both")
for bad in [Truthy(1), Truthy("s"), Truthy(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(e)
for bad in [Sized(-1), Sized("3"), Sized(2 ** 70), Sized(1.5)]:
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(Sized(-1))
except ValueError as e:
    print(e)


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print(bool(Both()))


class NoBool:
    __bool__ = None


try:
    bool(NoBool())
except TypeError as e:
    print(e)
try:
    if Truthy(2):
        pass
except TypeError as e:
    print("if:", e)
try:
    while Sized(-5):
        break
except ValueError as e:
    print("while:", e)
print(bool(object()), bool(Plain := type("Plain", (), {})()))
