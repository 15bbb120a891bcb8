# An uncaught error raised in a generator consumed through yield from and a for loop.
def produce():
    yield 1
    yield 2 // 0


def relay():
    yield from produce()


for item in relay():
    print("item", item)
