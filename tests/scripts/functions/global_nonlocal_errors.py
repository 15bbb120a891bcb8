# Scoping declarations: SyntaxErrors raised by compile() for misused global/nonlocal.
sources = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    g()\n    return a\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    print(x)\n    global x\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

ns = {}
exec(sources[6] + "r = f(1)\n", ns)
print(ns["r"])
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def shadow():
    counter = "local"
    return counter


print(shadow(), counter)


def make_global_in_nested():
    def inner():
        global made_inside
        made_inside = "yes"
    inner()


make_global_in_nested()
print(made_inside)


class C:
    counter = "class attr"

    def m(self):
        return counter


print(C().m(), C.counter)
