Alias = int


def annotated(a: Alias, *b: Alias, c: "str" = None, **d: Alias) -> Alias:
    local: Alias = 1
    other: undefined_name
    return local


class Holder:
    field: Alias
    value: int = 3

    def method(self) -> "Holder":
        return self


def outer():
    T = int

    def inner(x: T) -> T:
        return x
    return inner
