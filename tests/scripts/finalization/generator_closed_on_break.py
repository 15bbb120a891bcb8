# A generator a `for` loop iterates directly is closed the moment the loop is left early:
# its finally blocks and with-exits run at the break, return or exception, as in CPython.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False


def numbers(label, n=5):
    try:
        for i in range(n):
            print(label, "yields", i)
            yield i
        print(label, "exhausted")
    finally:
        print(label, "finally")


def managed(label):
    with Resource(label):
        yield 1
        yield 2


print("-- break")
for x in numbers("a"):
    if x == 1:
        break
print("after break")

print("-- with inside the generator")
for x in managed("m"):
    print("got", x)
    break
print("after with")

print("-- return from a function")
def first_over(limit):
    for x in numbers("b"):
        if x > limit:
            print("returning", x)
            return x
    return None
print("result", first_over(1))

print("-- exhausted normally")
for x in numbers("c", 2):
    pass
print("after exhaustion")

print("-- exception in the body")
try:
    for x in numbers("d"):
        if x == 2:
            raise ValueError("stop at 2")
except ValueError as e:
    print("caught", e)

print("-- exception through a call")
def boom(x):
    raise KeyError(x)
def scan():
    for x in numbers("e"):
        boom(x)
try:
    scan()
except KeyError as e:
    print("caught KeyError", e)

print("-- break from an inner loop only")
for outer in range(2):
    for x in numbers("f%d" % outer):
        if x == 1:
            break
    print("outer", outer, "continues")

print("-- continue in the outer loop from a nested loop in try/finally")
for outer in range(2):
    try:
        for x in numbers("g%d" % outer, 3):
            if x == 0:
                break
    finally:
        print("outer finally", outer)

print("-- break inside with inside the loop")
for x in numbers("h"):
    with Resource("body"):
        if x == 0:
            break
print("after h")

print("-- return with a value computed in the loop")
def pick():
    for x in numbers("i"):
        return x * 10
print("pick", pick())

print("-- the generator is not closed when the loop does not own it")
g = numbers("j", 3)
for x in g:
    break
print("still suspended:", g.gi_frame is not None)
print("rest:", list(g))

print("-- an exception from the generator itself")
def faulty():
    try:
        yield 1
        raise RuntimeError("inside")
    finally:
        print("faulty finally")
try:
    for x in faulty():
        print("faulty gave", x)
except RuntimeError as e:
    print("caught", e)

print("-- a handler inside the loop keeps the loop")
for x in numbers("k", 3):
    try:
        if x == 1:
            raise ValueError(x)
    except ValueError:
        print("handled", x)
print("done")
