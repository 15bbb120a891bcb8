# Argument errors of exec, eval and compile, as CPython words them.
def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(exec)
attempt(exec, 1)
attempt(exec, "x = 1", [])
attempt(exec, "x = 1", {}, 3)
attempt(exec, "x = 1", None, 3)
attempt(exec, "1", {}, {}, 4)
attempt(eval)
attempt(eval, 1)
attempt(eval, "1", [])
attempt(eval, "1", {}, 3)
attempt(eval, "1", None, 3)
attempt(eval, "1", {}, {}, 4)
attempt(eval, "1", globals={})
attempt(eval, ["1"])
attempt(compile)
attempt(compile, "1")
attempt(compile, "1", "f")
attempt(compile, "1", "f", "bad")
attempt(compile, 1, "f", "exec")
attempt(compile, "1", 1, "exec")
attempt(compile, "1", "f", 1)
attempt(compile, "1", "f", "exec", 1 << 30)
attempt(compile, "1", "f", "exec", 1.5)
attempt(compile, "1", "f", "exec", bogus=1)
attempt(exec, compile("x", "f", "eval"), {"x": 1})
attempt(eval, "x = 1")
attempt(exec, "\0")
attempt(eval, "\0")
attempt(compile, "a\0", "f", "exec")

