# Token rules: one use only, only for its own variable, only in the context that made it.
import contextvars

x = contextvars.ContextVar("x")
y = contextvars.ContextVar("y")


def report(e):
    text = str(e)
    print(type(e).__name__, text[text.rindex(">") + 1 :].strip())


tok = x.set(1)
x.reset(tok)
try:
    x.reset(tok)
except RuntimeError as e:
    report(e)

tok = x.set(2)
try:
    y.reset(tok)
except ValueError as e:
    report(e)
print(x.get())


def elsewhere():
    try:
        x.reset(tok)
    except ValueError as e:
        report(e)
    return x.get()


print(contextvars.copy_context().run(elsewhere))
x.reset(tok)
print(x.get("unset"))

# a token made inside a run() can be used there only
ctx = contextvars.Context()
inner_token = ctx.run(x.set, "in ctx")
try:
    x.reset(inner_token)
except ValueError as e:
    report(e)
ctx.run(x.reset, inner_token)
print(x in ctx, repr(inner_token).startswith("<Token used var=<ContextVar name='x'"))
print(repr(x.set(0)).startswith("<Token var=<ContextVar name='x' at"))
