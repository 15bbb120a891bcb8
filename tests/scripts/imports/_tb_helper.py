def inner(x):
    return {"a": 1}[x]


def outer(x):
    return inner(x) + 1
