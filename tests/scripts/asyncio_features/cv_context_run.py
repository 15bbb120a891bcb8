# Context.run: arguments, return values, exceptions, isolation, nesting and re-entry errors.
import contextvars

var = contextvars.ContextVar("var", default="base")


def show(tag, *args, **kwargs):
    print(tag, var.get(), args, sorted(kwargs.items()))
    return tag.upper()


ctx = contextvars.copy_context()
print(ctx.run(show, "plain"))
print(ctx.run(show, "args", 1, 2, key="value"))


def setter(value):
    var.set(value)
    return var.get()


print(ctx.run(setter, "inside"), var.get(), ctx[var])
print(ctx.run(var.get))


def fails():
    var.set("failing")
    raise ValueError("boom")


try:
    ctx.run(fails)
except ValueError as e:
    print("ValueError", e, var.get(), ctx[var])


# the context is left even when the callable fails, so it can be entered again
print(ctx.run(lambda: "again " + var.get()))


def reenter():
    try:
        ctx.run(print, "never")
    except RuntimeError as e:
        text = str(e)
        print("RuntimeError", text[: text.index("<")], text[text.rindex(">") + 1 :])
    inner = contextvars.copy_context()
    return inner.run(lambda: (var.set("nested"), var.get())[1]), var.get()


print(ctx.run(reenter))

# running a context inside another one sees the inner one only
outer = contextvars.Context()
inner = contextvars.Context()
inner.run(var.set, "inner value")
print(outer.run(lambda: inner.run(var.get)), outer.run(var.get))
