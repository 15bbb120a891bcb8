# eval of expressions.
print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
print(eval("x + y", {"x": 1}, {"y": 2}))
print(eval("  [i for i in range(3)]"))
print(eval("\t(1, 2)\n"))
print(eval("lambda q: q + 1")(1))
print(eval("'str'"), eval("b'bytes'"), eval("None"), eval("..."))
print(eval("len('abc')"), eval("abs(-3)", {}))
print(eval(b"40 + 2"))
x = 10
print(eval("x"), eval("x", {"x": 20}), eval("x", None, {"x": 30}))
print(eval("{'a': 1, **{'b': 2}}"))
print(eval("(yield_ := 5) + 1"))
print(eval("1 if x > 5 else 0"))

code = compile("a * b", "<expr>", "eval")
print(eval(code, {"a": 6, "b": 7}), eval(code, {"a": "x", "b": 3}))
print(eval(compile("c = 1", "<s>", "exec"), {}))

ns = {}
eval("__builtins__", ns)
print("__builtins__" in ns)


class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)


print(eval("magic + 1", {}, Mapping()))
try:
    eval("other", {}, Mapping())
except NameError as e:
    print("NameError", e)

# Exceptions raised by the evaluated code propagate.
for src in ["1 / 0", "undefined_name", "[][1]", "int('x')"]:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
