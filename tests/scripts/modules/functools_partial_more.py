# partial with builtins and lambdas, keyword overriding, and partials used as callbacks.
from functools import partial, reduce
import operator

add = partial(operator.add, 10)
print(list(map(add, [1, 2, 3])), add(-10))
clamp = partial(max, 0)
print([clamp(x) for x in (-5, 0, 5)])
join = partial(str.join, ",")
print(join(["a", "b"]))
fmt = partial("{}-{}".format, "x")
print(fmt("y"))


def tag(name, value, *, sep="=", end=""):
    return name + sep + str(value) + end


t = partial(tag, sep=":")
print(t("a", 1), t("b", 2, sep="~"), t("c", 3, end="!"))
callbacks = [partial(tag, str(i), i * i) for i in range(4)]
print([cb() for cb in callbacks])
nested = partial(partial(partial(tag, "n"), 5), end=";")
print(nested(), nested.args, nested.keywords)
print(reduce(operator.add, map(partial(pow, 2), range(10))))
s = sorted(["b", "A", "c"], key=partial(str.lower))
print(s)
