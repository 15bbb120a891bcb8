# gi_running, gi_frame, gi_suspended, gi_yieldfrom, names, and re-entry.
def simple():
    yield 1
    yield 2

g = simple()
print(g.__name__, g.__qualname__, type(g).__name__)
print(g.gi_running, g.gi_frame is not None, g.gi_suspended, g.gi_yieldfrom)
next(g)
print(g.gi_running, g.gi_frame is not None, g.gi_suspended)
list(g)
print(g.gi_running, g.gi_frame, g.gi_suspended)

def watches():
    print("inside: running =", me.gi_running)
    yield
me = watches()
next(me)

def reenters():
    yield next(self_ref)
self_ref = reenters()
try:
    next(self_ref)
except ValueError as e:
    print(e)

def inner():
    yield "a"
    yield "b"
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
list(o)
print(o.gi_yieldfrom)

def over_list():
    yield from [1, 2]
o = over_list()
next(o)
print(type(o.gi_yieldfrom).__name__)

class_like = (x for x in range(2))
print(type(class_like).__name__, class_like.__name__)
print(iter(class_like) is class_like)
try:
    simple().send(1)
except TypeError as e:
    print(e)
g = simple()
print(g.send(None))

def nested_qualname():
    def inner_gen():
        yield
    return inner_gen()
print(nested_qualname().__qualname__)
