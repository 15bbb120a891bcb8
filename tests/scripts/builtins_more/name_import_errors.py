# NameError.name of undefined names; ImportError name/path/msg from construction and imports.
try:
    undefined_x
except NameError as e:
    print(e, "|", e.name)


def f():
    return undefined_y


try:
    f()
except NameError as e:
    print(e, "|", e.name)


def g():
    print(zz)
    zz = 1


try:
    g()
except NameError as e:
    print(type(e).__name__, e, "|", e.name)
print(NameError("a", name="b").name, NameError("a").name)
e = ImportError("m", name="a", path="b")
print(e, e.name, e.path, e.msg, e.args)
e = ImportError("a", "b")
print(e.msg, e.args, e.name, e.path)
try:
    import nonexistent_mod_q
except ImportError as e:
    print(type(e).__name__, e, "|", e.name, e.path)
try:
    from sys import nonexistent_q
except ImportError as e:
    print(type(e).__name__, e, "|", e.name, e.path)
try:
    del undefined_z
except NameError as e:
    print(e, "|", e.name)
try:
    exec("undefined_w")
except NameError as e:
    print(e, "|", e.name)
