import _cyc_one

TWO = "two"
PARTIAL = hasattr(_cyc_one, "ONE")


def use_one():
    return _cyc_one.ONE
