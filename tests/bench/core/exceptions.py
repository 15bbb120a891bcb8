# Exceptions: raise and catch, custom exception classes, try/except/else/finally, nesting,
# re-raise, exceptions crossing function calls.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class MinorError(AppError):
    pass


def might_fail(i):
    if i % 3 == 0:
        raise MinorError(i)
    if i % 5 == 0:
        raise AppError(i)
    if i % 7 == 0:
        raise ValueError(i)
    return i


def deep(i, depth):
    if depth == 0:
        return might_fail(i)
    return deep(i, depth - 1)


def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += deep(i, 4)
        except MinorError as e:
            caught += 1
            total += e.code
        except AppError as e:
            caught += 2
        except ValueError:
            caught += 3
        else:
            total += 1
        finally:
            total += 1
        try:
            try:
                {}[i]
            except KeyError:
                raise
        except LookupError:
            caught += 1
        try:
            int("x%d" % (i % 10))
        except ValueError:
            caught += 1
    return caught, total


print(run(100000))
