# Cycles: tens of millions of objects that only a cycle collector can free.
# Every round builds garbage that refers to itself: pairs of instances pointing at each other,
# a list holding itself, a dict holding itself, a closure cell holding its own function, and a
# bound method stored on its instance. Every tenth of the run it prints its resident memory
# (from /proc/self/statm) so the harness can check that memory stays flat.


class Node:
    def __init__(self, label):
        self.label = label
        self.partner = None


def make_garbage(i):
    a = Node(i)
    b = Node(i + 1)
    a.partner = b
    b.partner = a
    loop = [a, b]
    loop.append(loop)
    table = {"self": None, "node": a}
    table["self"] = table

    def recurse(n):
        return n if n < 1 else recurse(n - 1)

    a.method = a.__init__
    return recurse(1) + len(loop) + len(table)


def resident_kib():
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * 4


def run(rounds, reports):
    total = 0
    step = rounds // reports
    for r in range(rounds):
        total += make_garbage(r)
        if (r + 1) % step == 0:
            print("rss_kib", resident_kib(), flush=True)
    print("checksum", total)


run(2_000_000, 10)
