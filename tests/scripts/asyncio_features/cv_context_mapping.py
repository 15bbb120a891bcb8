# Context as a read-only mapping: [], get, in, len, iteration, keys/values/items, ==, copy.
import contextvars

a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b", default="B")
c = contextvars.ContextVar("c")

empty = contextvars.Context()
print(len(empty), list(empty), a in empty, empty.get(a), empty.get(a, "dflt"))

a.set(1)
ctx = contextvars.copy_context()
print(len(ctx), a in ctx, b in ctx, ctx[a], ctx.get(b), ctx.get(b, "x"))
print([k.name for k in ctx], [k.name for k in ctx.keys()], list(ctx.values()))
print([(k.name, v) for k, v in ctx.items()])

b.set(2)
# ctx is a snapshot: later sets do not show in it
print(b in ctx, len(ctx), len(contextvars.copy_context()))
snap = contextvars.copy_context()
print(sorted(k.name for k in snap), sorted(snap.values()))

# equality compares the variables and values
print(contextvars.Context() == contextvars.Context(), ctx == snap, snap == contextvars.copy_context())
print(ctx != snap, ctx == {a: 1}, ctx.copy() == ctx, ctx.copy() is ctx)

# copy() keeps the values, and changes in a run() of the copy stay there
cp = snap.copy()
cp.run(c.set, "in copy")
print(c in cp, c in snap, cp[c], c.get("outside"))
print(isinstance(ctx, contextvars.Context), type(ctx).__name__)
