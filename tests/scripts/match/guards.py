# Guards: evaluated after the names are bound; a false guard moves on to the next case.
def classify(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x == 0:
            return "zero"
        case int(x) if x % 2 == 0:
            return "even"
        case int():
            return "odd"
        case _ if isinstance(n, str):
            return "a string"
        case _:
            return "other"


for n in [-3, 0, 4, 7, "s", 1.5]:
    print(n, classify(n))


def noisy(tag, result):
    print("  guard", tag)
    return result


match [1, 2]:
    case [a, b] if noisy("first", False):
        print("first")
    case [a, b] if noisy("second", True):
        print("second", a, b)
    case _ if noisy("never", True):
        print("never")

# The walrus in a guard binds too.
match 10:
    case x if (y := x * 2) > 15:
        print("y =", y)

# A guard on the final wildcard case.
for v in [1, 2]:
    match v:
        case 1:
            print("one")
        case _ if v > 5:
            print("big")
    print("after", v)
