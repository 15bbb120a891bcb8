# send(): priming rules, values flowing both ways, send after exhaustion, the TypeErrors.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)


g = echo()
print(g.send(None), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("again", e.value, e.args)
g2 = echo()
try:
    g2.send("not none")
except TypeError as e:
    print(type(e).__name__, e)
print(next(g2))


def accumulate():
    total = 0
    while True:
        x = yield total
        total += x


acc = accumulate()
next(acc)
print([acc.send(i) for i in range(1, 5)])


def two_way():
    a = yield "first"
    b = yield "got " + str(a)
    return a, b


t = two_way()
print(next(t), t.send(1))
try:
    t.send(2)
except StopIteration as e:
    print(e.value)
try:
    next(t)
except StopIteration as e:
    print("exhausted", e.args)


def gen():
    yield 1


for bad in [lambda: gen().send(), lambda: gen().send(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


def yield_expression_forms():
    x = yield
    y = (yield x) + 1
    z = [(yield), (yield)]
    return x, y, z


g = yield_expression_forms()
print(next(g), g.send(10), g.send(5), g.send("p"))
try:
    g.send("q")
except StopIteration as e:
    print(e.value)
