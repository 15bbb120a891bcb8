# compile() returns code objects that exec and eval run.
code = compile("x = 41\nx += 1", "my_file.py", "exec")
print(type(code).__name__)
ns = {}
exec(code, ns)
print(ns["x"])

expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr))

single = compile("z = 3", "<single>", "single")
exec(single, ns)
print(ns["z"])

print(eval(compile(b"b'bytes source'", "b.py", "eval")), eval(compile(b"1 + 1", "b", "eval")))
print(exec(compile("1", "f", "exec", 0, True)))
print(exec(compile("1", "f", "exec", dont_inherit=True, optimize=0)))
print(eval(compile(source="1", filename="kw", mode="eval")))
print(eval(compile("'x'", b"bytes_name", "eval")))

