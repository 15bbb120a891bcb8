# Tracebacks through compiled code name its file and functions (no source lines for them).
code = compile("def f():\n    return 1 / 0\n\n\ndef g():\n    return f()\n", "virtual.py", "exec")
ns = {}
exec(code, ns)
print("defined", sorted(k for k in ns if k != "__builtins__"))
ns["g"]()
