# Closures: nonlocal, late binding, cells shared between closures, global, errors.
def counter():
    n = 0

    def inc(by=1):
        nonlocal n
        n += by
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
inc()
inc(5)
print(get())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])


def outer():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    r = middle()()
    return r, x


print(outer())


def unbound():
    def read():
        return v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    v = 3
    return read()


print(unbound())


def local_before_assign():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
    return y


print(local_before_assign())
g_val = 1


def set_global():
    global g_val, new_global
    g_val += 1
    new_global = "made"


set_global()
print(g_val, new_global)


def read_missing_global():
    return missing_name_xyz


try:
    read_missing_global()
except NameError as e:
    print(type(e).__name__, e)


def closure_cells():
    a = 1
    b = 2

    def f():
        return a + b
    return f


c = closure_cells()
print(c.__code__.co_freevars, [cell.cell_contents for cell in c.__closure__])
print(counter.__code__.co_cellvars)


def delete_free():
    x = 1

    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)


delete_free()


def class_in_function():
    value = "captured"

    class K:
        attr = value

        def m(self):
            return value
    return K.attr, K().m()


print(class_in_function())


def nonlocal_loop():
    total = 0
    funcs = []
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
        funcs.append(add)
    for f in funcs:
        f()
    return total


print(nonlocal_loop())
