# contextvars without asyncio: Context.run with closures, generators and recursion, and
# values isolated between contexts.
import contextvars

depth = contextvars.ContextVar("depth", default=0)


def recurse(n):
    depth.set(depth.get() + 1)
    if n == 0:
        return depth.get()
    return contextvars.copy_context().run(recurse, n - 1)


print(recurse(5), depth.get())


def gen():
    # a generator runs in whatever context is current when it is resumed
    while True:
        yield depth.get()


g = gen()
a = contextvars.Context()
b = contextvars.Context()
a.run(depth.set, 10)
b.run(depth.set, 20)
print(next(g), a.run(next, g), b.run(next, g), next(g))

counter = contextvars.ContextVar("counter")


def make_counter():
    ctx = contextvars.copy_context()

    def bump():
        return ctx.run(lambda: counter.set(counter.get(0) + 1) and counter.get())

    return bump, ctx


bump1, c1 = make_counter()
bump2, c2 = make_counter()
for _ in range(3):
    bump1()
bump2()
print(c1[counter], c2[counter], counter.get("unset"))

# the same variable object is the key: two variables with one name are different keys
v1 = contextvars.ContextVar("same")
v2 = contextvars.ContextVar("same")
v1.set(1)
print(v1.get(), v2.get("no value"), v1 == v2, v1 is v2)
ctx = contextvars.copy_context()
print(v1 in ctx, v2 in ctx)
