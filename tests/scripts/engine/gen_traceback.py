# An exception inside a generator consumed by a comprehension: frames and markers.
def gen_err():
    yield 1
    1 / 0
def f():
    return [x + 1 for x in gen_err()]
f()
