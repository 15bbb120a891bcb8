# Locals shadow globals; `global` rebinds a module variable from inside a function.
counter = 0
value = "global"


def bump():
    global counter
    counter = counter + 1
    return counter


def shadow():
    value = "local"
    return value


bump()
bump()
print(counter, bump())
print(shadow(), value)


def read_global():
    return value + "!"


print(read_global())
