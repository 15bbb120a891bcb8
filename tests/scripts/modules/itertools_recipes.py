# A few of the itertools documentation recipes built from the module's pieces.
from itertools import islice, chain, groupby, count, cycle, tee, zip_longest, accumulate, product, repeat
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    iterators = cycle(iter(it) for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for it in iterators:
                yield next(it)
        except StopIteration:
            pending -= 1
            iterators = cycle(islice(iterators, pending))


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def powerset(iterable):
    from itertools import combinations
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


print(take(5, count(3, 2)), list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(powerset([1, 2, 3])))
print(list(accumulate(repeat(2, 5), operator.mul)), take(4, accumulate(count(1))))
print(["".join(p) for p in product("01", repeat=3)])
a, b = tee(range(5))
next(b, None)
print(list(zip(a, b)))
print(sum(1 for _ in islice(cycle(range(3)), 100)))
