# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter runs when iteration starts.
import sys

print(sys.get_asyncgen_hooks())
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter, hooks.finalizer, len(hooks), list(hooks), hooks[0])

seen = []
def firstiter(agen):
    seen.append(agen.__name__)
    print("firstiter", agen.__name__)
def finalizer(agen):
    print("finalizer", agen.__name__)

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer)

async def agen():
    yield 1
    yield 2

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print("created; hooks not called yet")
print(drive(g.__anext__()))
print(drive(g.__anext__()))
g2 = agen()
g2.aclose()
print(seen)

sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is firstiter)
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(firstiter=None)

for kwargs in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(other=1)
except TypeError as e:
    print("bad keyword:", type(e).__name__)

def failing_firstiter(agen):
    raise RuntimeError("firstiter failed")
sys.set_asyncgen_hooks(firstiter=failing_firstiter)
try:
    agen().__anext__()
except RuntimeError as e:
    print(e)
sys.set_asyncgen_hooks(firstiter=None)
print(drive(agen().__anext__()))
