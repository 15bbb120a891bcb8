print("_circ_a starts")
import _circ_b

A = "a"


def use_b():
    return _circ_b.B
