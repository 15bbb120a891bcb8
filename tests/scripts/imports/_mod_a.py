"""A helper module: prints when its code runs, so scripts can see it runs once."""
print("running _mod_a as", __name__)

VALUE = 42
items = [1, 2, 3]


def greet(who):
    return "hello " + who


def where():
    return __name__
