# SyntaxErrors from compile, exec and eval carry CPython's attributes.
def show(f, *args):
    try:
        f(*args)
        print("no error")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno)
        print("  str:", e)


show(compile, "x = = 1", "f.py", "exec")
show(compile, "x = 1\ny = (", "f.py", "exec")
show(compile, "def f(:\n  pass", "<input>", "exec")
show(compile, "if x:\npass", "g.py", "exec")
show(compile, "  x = 1", "h.py", "exec")
show(compile, "return 1", "r.py", "exec")
show(compile, "x = 1", "e.py", "eval")
show(compile, "1 +", "e.py", "eval")
show(compile, "f(**x, *y)", "s.py", "exec")
show(compile, "break", "b.py", "exec")
show(compile, "del f()", "d.py", "exec")
show(compile, "nonlocal x", "n.py", "exec")
show(exec, "a b")
show(eval, "a b")
show(exec, "for x in y:\n  pass\n else: pass")
show(exec, "x = 'unterminated")
show(exec, "yield 1")
show(eval, "lambda: (yield)")
show(exec, "def f():\n\treturn 1\n        return 2")

try:
    compile("x = = 1", "f.py", "exec")
except SyntaxError as e:
    print(e.args)
    print(isinstance(e, Exception), type(e).__mro__[1].__name__)
