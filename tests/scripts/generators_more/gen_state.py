# Generator state: gi_running, gi_frame, gi_suspended, gi_code, gi_yieldfrom, "already executing".
def gen():
    me = yield "start"
    print("running inside:", me.gi_running)
    yield "second"


g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_code.co_name, g.__name__, g.__qualname__)
next(g)
print(g.gi_suspended, g.gi_running)
g.send(g)
list(g)
print(g.gi_frame, g.gi_suspended, g.gi_running)


def reentrant():
    yield next(self_ref)


self_ref = reentrant()
try:
    next(self_ref)
except ValueError as e:
    print(type(e).__name__, e)


def sends_self():
    yield me.send(None)


me = sends_self()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)


def inner():
    yield 1


def outer():
    yield from inner()


o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
g = gen()
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<generator object Q.renamed at "))
print(type(g).__name__, iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
ge = (x for x in [])
print(ge.__name__, ge.__qualname__, type(ge).__name__)


def frame_locals():
    a = 1
    yield
    b = 2
    yield


fl = frame_locals()
next(fl)
print(fl.gi_frame.f_locals)
next(fl)
print(sorted(fl.gi_frame.f_locals.items()))
print(fl.gi_frame.f_code.co_name, fl.gi_frame.f_lineno)
