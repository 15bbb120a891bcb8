# Closures: cells for locals and parameters, nonlocal, global, late binding.
def counter(start):
    def step(by=1):
        nonlocal start
        start += by
        return start
    return step

c = counter(10)
print(c(), c(), c(5))

def adders():
    fs = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        fs.append(add)
    return fs

total = 0
for f in adders():
    total = total + f(10)
print(total)

g = 1
def set_global():
    global g
    g = g + 41
set_global()
print(g)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def unbound():
    def read():
        return y
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return read()
print(unbound())

def local_before_assignment():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 2
local_before_assignment()
