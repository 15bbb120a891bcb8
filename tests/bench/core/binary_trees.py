# Binary trees: allocates and walks many small objects (after the Benchmarks Game program,
# with a class per node).
class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def run(max_depth):
    min_depth = 4
    lines = []
    stretch = make_tree(max_depth + 1)
    lines.append(stretch.check())
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += make_tree(depth).check()
        lines.append((iterations, depth, check))
    lines.append(long_lived.check())
    return lines


for line in run(13):
    print(line)
