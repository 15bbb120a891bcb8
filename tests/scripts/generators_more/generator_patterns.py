# Idiomatic generator patterns: pipelines, infinite generators with islice, tee, and recursion.
import itertools


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take_while_small(it, limit):
    for v in it:
        if v >= limit:
            return
        yield v


def squares(it):
    for v in it:
        yield v * v


print(list(squares(take_while_small(naturals(), 6))))
print(list(itertools.islice(naturals(), 3, 8, 2)))


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5]])))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 12)))
a, b = itertools.tee(fib())
print(next(a), next(a), next(b))


def window(seq, n):
    buf = []
    for v in seq:
        buf.append(v)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)


print(list(window(range(5), 3)))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, v in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [v] + rest


print(list(permutations([1, 2, 3])))


class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


print(list(Tree(1, Tree(2, Tree(3)), Tree(4))))
gen = (c for c in "hello")
print("".join(sorted(gen)), list(enumerate(x * x for x in range(3))))


def counter_with_reset():
    i = 0
    while True:
        cmd = yield i
        i = 0 if cmd == "reset" else i + 1


c = counter_with_reset()
print(next(c), next(c), next(c), c.send("reset"), next(c))
