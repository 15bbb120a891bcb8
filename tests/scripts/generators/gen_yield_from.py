# yield from: values passed both ways, return values, throw and close reaching the delegate.
def child():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)

def parent():
    result = yield from child()
    yield f"child returned {result}"

p = parent()
print(next(p))
print(p.send("a"), p.send("b"))
print(p.send("stop"))

def layered(depth):
    if depth == 0:
        yield "bottom"
        return 0
    value = yield from layered(depth - 1)
    yield f"level {depth} got {value}"
    return depth
print(list(layered(3)))

def catching_child():
    try:
        yield 1
    except ValueError as e:
        yield f"child caught {e}"
        return "after catch"
def wrapper():
    r = yield from catching_child()
    yield r
w = wrapper()
next(w)
print(w.throw(ValueError("x")))
print(next(w))

def uncaught_child():
    yield 1
def wrapper2():
    try:
        yield from uncaught_child()
    except KeyError as e:
        yield f"wrapper caught {e!r}"
w = wrapper2()
next(w)
print(w.throw(KeyError("k")))

def iterables():
    yield from range(3)
    yield from "ab"
    yield from (x * 10 for x in range(2))
    r = yield from iter([])
    yield r
print(list(iterables()))

def stop_with_value():
    return (yield from iter([1]))
print(list(stop_with_value()))
