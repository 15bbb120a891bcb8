# exec inside functions: it works on a snapshot of the locals, as CPython 3.11's does.
def f():
    a = 1
    exec("b = a + 1")
    print(sorted(locals()))
    print(locals()["b"])
    try:
        print(b)
    except NameError as e:
        print("NameError", e)


f()


def g():
    ns = {}
    exec("x = 10\ny = x + 1", ns)
    return ns["y"]


print(g())


def h():
    value = 3
    return eval("value * 2")


print(h())


def closure():
    outer = "outer"

    def inner():
        return eval("outer")

    try:
        return inner()
    except NameError as e:
        return "NameError " + str(e)


print(closure())


def uses_cell():
    c = 5

    def inner():
        return c

    return sorted(locals()), inner()


print(uses_cell())


def sees_globals():
    return eval("GLOBAL_NAME")


GLOBAL_NAME = "from the module"
print(sees_globals())


def writes_global():
    exec("NEW_GLOBAL = 1", globals())


writes_global()
print(NEW_GLOBAL)

print(sorted(locals()) == sorted(globals()), locals() is globals())
