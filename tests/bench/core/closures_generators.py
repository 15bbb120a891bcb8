# Closures and generators: cell variables, nonlocal, generator functions, yield from,
# generator expressions.
def make_acc(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


def compose(f, g):
    return lambda x: f(g(x))


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(n):
    for x in count_up(n):
        if x % 2 == 0:
            yield x


def chained(n):
    yield from evens(n)
    yield from count_up(n // 2)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def run(rounds):
    checksum = 0
    inc = compose(lambda x: x + 1, lambda x: x * 2)
    for r in range(rounds):
        acc = make_acc(r)
        for i in range(200):
            acc(i)
        checksum += acc(0) + inc(r)
        checksum += sum(chained(300))
        checksum += sum(x * x for x in range(100) if x % 3)
        g = fib_gen()
        for _ in range(30):
            v = next(g)
        checksum += v % 1000
        checksum &= 0xFFFFFFF
    return checksum


print(run(6000))
