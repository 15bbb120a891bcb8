# assert: messages, non-string messages, evaluation order, and AssertionError attributes.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x


print(check(1))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e, e.args)
try:
    assert 0, None
except AssertionError as e:
    print(repr(e), e.args)
calls = []


def msg():
    calls.append("msg")
    return "m"


assert True, msg()
print(calls)
try:
    assert (1, 2) == (1, 3), (1, 2)
except AssertionError as e:
    print(e.args)


class Falsy:
    def __bool__(self):
        return False


try:
    assert Falsy(), 42
except AssertionError as e:
    print(e.args)


class BoolRaises:
    def __bool__(self):
        raise ValueError("bool failed")


try:
    assert BoolRaises()
except ValueError as e:
    print(type(e).__name__, e)
print(AssertionError.__bases__)
