# A generator's return value: StopIteration.value from next()/send(), ignored by loops.
def counted(n):
    for i in range(n):
        yield i
    return f"done after {n}"

it = counted(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), "args:", e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
print(next(counted(0), "default"))
print(list(counted(3)), tuple(counted(2)), [x * 2 for x in counted(3)])
print(sum(counted(4)), max(counted(4)), sorted(counted(3), reverse=True))
a, b = counted(2)
print(a, b)
for x in counted(2):
    print("loop", x)
else:
    print("loop else")
print(set(counted(3)) == {0, 1, 2}, dict.fromkeys(counted(2)) if hasattr(dict, "fromkeys") else "")

def returns_none():
    yield 1
it = returns_none(); next(it)
try:
    next(it)
except StopIteration as e:
    print("None return:", e.value, e.args)

def returns_tuple():
    yield 1
    return (1, 2)
it = returns_tuple(); next(it)
try:
    it.send("x")
except StopIteration as e:
    print("tuple return:", e.value, e.args)

def returns_at_once():
    return 7
    yield
try:
    next(returns_at_once())
except StopIteration as e:
    print("immediate:", e.value)
it = returns_at_once()
print(it.__next__.__name__ if hasattr(it.__next__, "__name__") else "__next__")
try:
    it.__next__()
except StopIteration as e:
    print("__next__:", e.value)

def delegating():
    result = yield from counted(2)
    print("delegate returned", repr(result))
    return result.upper()
print(list(delegating()))
it = delegating()
for _ in range(2):
    next(it)
try:
    next(it)
except StopIteration as e:
    print("outer value:", e.value)

def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
e = echo()
next(e)
for v in (1, 2, 3):
    print("running total", e.send(v))
try:
    e.send(None)
except StopIteration as s:
    print("final", s.value)
