import _cyc_two

ONE = "one"


def use_two():
    return _cyc_two.TWO
