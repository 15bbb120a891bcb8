# exec with and without namespaces.
exec("x = 1 + 2")
print(x)
exec("def f(a):\n    return a * 10\n")
print(f(4))

g = {}
exec("y = 5\nz = y * 2", g)
print(g["y"], g["z"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))

g = {"a": 1}
l = {"b": 2}
exec("c = a + b\na = 100", g, l)
print(g["a"], sorted(l.items()))

# Functions defined by exec see the globals they were defined in.
g = {"base": 7}
exec("def add(n):\n    return base + n\n", g)
print(g["add"](3))
g["base"] = 70
print(g["add"](3))

# exec returns None, even for an expression statement.
print(exec("1 + 1"))
print(exec("'a docstring'", g), g.get("__doc__"))

# Code from compile() runs any number of times.
code = compile("counter = counter + 1", "<counter>", "exec")
ns = {"counter": 0}
for _ in range(3):
    exec(code, ns)
print(ns["counter"])

# exec of bytes decodes them as source, with a coding cookie.
exec(b"w = 'bytes source'")
print(w)
exec("# -*- coding: latin-1 -*-\nv = '\u00e9'")
print(v)
exec(b"# -*- coding: latin-1 -*-\nu = '\xe9'")
print(u, len(u))

# Loops, comprehensions, classes of statements.
out = []
exec("for i in range(3):\n    out.append(i * i)\nsq = [j for j in range(4)]")
print(out, sq)

# Keyword form.
try:
    exec(source="kw = 1")
except TypeError as e:
    print("TypeError", e)
