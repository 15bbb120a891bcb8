# An uncaught binding error inside nested calls: traceback with markers.
def callee(a, b, *, c):
    return a + b + c


def caller(values):
    return callee(*values, c=1, d=2)


def top():
    return caller([1, 2])


print("before")
top()
