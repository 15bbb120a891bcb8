# An uncaught PEP 479 RuntimeError: the StopIteration is printed as the direct cause.
def numbers():
    it = iter([1])
    while True:
        yield next(it)


print(list(numbers()))
