# match inside loops, functions, generators, closures and try; the subject is evaluated once;
# break/continue/return leave no stack behind.


def subject():
    print("evaluating the subject")
    return [1, 2]


match subject():
    case [3, _]:
        print("no")
    case [1, x]:
        print("x", x)

total = 0
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case int(n):
            total += n
print("total", total)


def find(items):
    for i, item in enumerate(items):
        match item:
            case {"id": wanted} if wanted == 2:
                return i
    return -1


print(find([{"id": 1}, {"id": 2}]), find([]))


def gen(items):
    for item in items:
        match item:
            case [x, y]:
                yield x + y
            case x:
                yield x


print(list(gen([[1, 2], 5, (3, 4)])))


def make_adder(config):
    match config:
        case {"add": amount}:
            return lambda v: v + amount
        case _:
            return lambda v: v


print(make_adder({"add": 10})(1), make_adder({})(1))


def closure():
    match (1, 2):
        case (a, b):
            def inner():
                return a * 10 + b
    return inner()


print(closure())

try:
    match 1 / 0:
        case _:
            pass
except ZeroDivisionError as e:
    print("subject raised", e)


class Boom:
    def __eq__(self, other):
        raise ValueError("eq failed")


class Holder:
    boom = Boom()


try:
    match 3:
        case Holder.boom:
            pass
except ValueError as e:
    print("pattern raised", e)


# Nested match statements.
for a, b in [(1, "x"), (1, "y"), (2, "x")]:
    match a:
        case 1:
            match b:
                case "x":
                    print("1x")
                case _:
                    print("1?")
        case _:
            print("other", a, b)

# Star subject and a match in a class body.
rest = [2, 3]
match 1, *rest:
    case (1, *tail):
        print("tail", tail)


class Config:
    match {"debug": True}:
        case {"debug": flag}:
            DEBUG = flag


print(Config.DEBUG, hasattr(Config, "flag"))
