# Sequence patterns: lists, tuples, open tuples, stars, nesting; which types are sequences.
import collections


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a} {b}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(3), collections.deque([7, 8])]:
    print(repr(v), "->", shape(v))

# str, bytes and bytearray are never sequences for patterns; dicts and sets are not either.
for v in ["ab", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, {1, 2}, iter([1, 2]), 12]:
    match v:
        case [x, y]:
            print(repr(v), "matched as a sequence")
        case _:
            print(type(v).__name__, "is not a sequence")

match 1, 2:
    case a, b:
        print("open tuple", a, b)

match [1, [2, 3], (4, [5, 6])]:
    case [1, [x, y], (4, [*rest])]:
        print("nested", x, y, rest)

match [1, 2, 3, 4]:
    case [1, *_, 4]:
        print("starts with 1, ends with 4")

match [1, 2, 3, 4]:
    case [*_, 3, last]:
        print("last after 3:", last)

match [0, 1, 2]:
    case (0, *others):
        print("others is a list:", others, type(others).__name__)

match (1,):
    case ():
        print("empty tuple")
    case (x,):
        print("one-tuple", x)

match [1, 2]:
    case [_, _]:
        print("two wildcards")

match [1, 2, 3]:
    case [*everything]:
        print("everything", everything)


class MyList(list):
    pass


class MyTuple(tuple):
    pass


match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)

match MyTuple((3, 4)):
    case (a, b):
        print("tuple subclass", a, b)

match range(10):
    case [0, 1, *rest]:
        print("range rest", rest)


class Countdown:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return 2 - i


match Countdown():
    case [a, b]:
        print("not reached")
    case _:
        print("an object with __getitem__ is not a sequence")
