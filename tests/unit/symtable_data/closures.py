def outer(n):
    count = 0
    shared = []

    def inner(step):
        nonlocal count
        count += step
        return count + n

    def reader():
        return shared, lambda: shared

    class Local:
        n = 5
        m = n

        def method(self):
            return n, count

    return inner, reader, Local


def make():
    x = 1

    def deep():
        def deeper():
            return x
        return deeper
    return deep


def declared():
    global late

    def late():
        return 1

    def helper():
        pass
    return helper
