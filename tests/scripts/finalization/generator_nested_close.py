# Closing a loop-owned generator that is itself looping over another loop-owned generator
# closes the inner one first (the GeneratorExit unwinds through the outer loop), as CPython's
# reference counting does.
def inner(label):
    try:
        for i in range(10):
            yield i
    finally:
        print("inner", label, "finally")


def outer(label):
    try:
        for x in inner(label):
            yield x * 2
    finally:
        print("outer", label, "finally")


def three_deep():
    try:
        for x in outer("deep"):
            yield x + 1
    finally:
        print("three_deep finally")


print("-- two levels")
for v in outer("A"):
    print("v", v)
    if v >= 2:
        break
print("after A")

print("-- three levels")
for v in three_deep():
    print("v", v)
    break
print("after three")

print("-- outer catches GeneratorExit and keeps cleaning up")
def careful():
    try:
        for x in inner("C"):
            yield x
    except GeneratorExit:
        print("careful saw GeneratorExit")
        raise
    finally:
        print("careful finally")
for v in careful():
    break
print("after careful")

print("-- yield from delegates the close")
def delegating():
    try:
        yield from inner("D")
    finally:
        print("delegating finally")
for v in delegating():
    if v == 1:
        break
print("after delegating")

print("-- an exception out of the outer body closes both")
def failing_outer():
    for x in inner("E"):
        if x == 1:
            raise ValueError("outer failed")
        yield x
try:
    for v in failing_outer():
        print("v", v)
except ValueError as e:
    print("caught", e)

print("-- loops in a generator left by return")
def finder():
    for x in inner("G"):
        if x == 2:
            return
        yield x
print(list(finder()))
print("end")
