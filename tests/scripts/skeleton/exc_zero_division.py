# An uncaught ZeroDivisionError raised two calls deep: traceback on stderr, exit code 1.
def divide(a, b):
    return a // b


def average(values):
    return divide(len(values), 0)


print("before")
print(average([1, 2, 3]))
print("not reached")
