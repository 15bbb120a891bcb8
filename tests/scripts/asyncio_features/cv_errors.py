# Error cases of ContextVar, Token and Context, with CPython's exception types and messages.
import contextvars

v = contextvars.ContextVar("v")


def check(label, f):
    try:
        result = f()
    except Exception as e:
        text = str(e)
        if " at 0x" in text:
            # reprs carry addresses: keep the words around them
            text = text[: text.index("<")] + "<...>" + text[text.rindex(">") + 1 :]
        print(label, type(e).__name__, text)
    else:
        print(label, "ok", result)


check("no name", lambda: contextvars.ContextVar())
check("bad name", lambda: contextvars.ContextVar(1))
check("two positional", lambda: contextvars.ContextVar("a", 1))
check("name keyword", lambda: contextvars.ContextVar(name="kw").name)
check("bad keyword", lambda: contextvars.ContextVar("a", foo=1))
check("default keyword", lambda: contextvars.ContextVar("d", default=7).get())
check("get two", lambda: v.get(1, 2))
check("set none", lambda: v.set())
check("set two", lambda: v.set(1, 2))
check("reset int", lambda: v.reset(1))
check("reset str", lambda: v.reset("tok"))
check("reset none", lambda: v.reset())
check("token new", lambda: contextvars.Token())
check("context args", lambda: contextvars.Context(1))
check("context kwargs", lambda: contextvars.Context(a=1))
check("getitem int", lambda: contextvars.copy_context()[1])
check("contains str", lambda: "v" in contextvars.copy_context())
check("get int", lambda: contextvars.copy_context().get(1))
check("get none", lambda: contextvars.copy_context().get())
check("getitem missing", lambda: contextvars.copy_context()[v])
check("run none", lambda: contextvars.copy_context().run())
check("name readonly", lambda: setattr(v, "name", "w"))
check("unhashable", lambda: hash(contextvars.copy_context()))
check("lookup", lambda: v.get())
