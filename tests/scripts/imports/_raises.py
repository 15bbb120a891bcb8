print("_raises starts")
PARTIAL = True


def fail(n):
    return 10 // n


fail(0)
