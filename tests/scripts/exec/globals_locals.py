# globals() and locals().
x = 1
g = globals()
print(g["x"], g is globals(), locals() is g)
g["created"] = "via globals()"
print(created)
print(sorted(k for k in globals() if not k.startswith("__")))


def f(a, b=2, *args, **kwargs):
    c = a + b
    print(sorted(locals().items()))
    del c
    print(sorted(locals()))
    d = locals()
    d["zzz"] = 1
    print(sorted(locals()))


f(1)
f(1, 3, 4, k=5)


def outer():
    v = "cell"

    def inner():
        return v

    w = 1
    print(sorted(locals()))
    return inner


outer()


def free():
    v = 1

    def inner():
        print(sorted(locals()))
        return v

    return inner()


free()


class C:
    attr = 1
    names = sorted(locals())


print(C.names)
print([sorted(locals()) for _ in range(1)])
lam = lambda q: sorted(locals())
print(lam(1))
try:
    globals(1)
except TypeError as e:
    print("TypeError", e)
try:
    locals(x=1)
except TypeError as e:
    print("TypeError", e)
