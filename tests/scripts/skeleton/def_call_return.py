# Function definitions, calls with several arguments, return values and the implicit None.
def add(x, y):
    return x + y


def greet(name):
    print("hi", name)


def pick(flag, a, b):
    if flag:
        return a
    return b


print(add(2, 3))
print(add(add(1, 2), add(3, 4)))
result = greet("coil")
print(result)
print(pick(True, "first", "second"), pick(False, "first", "second"))


def no_args():
    return 7


print(no_args() * 6)
