# `raise ... from ...` prints the cause first.
class_name = "ignored"

def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise RuntimeError("no such key: " + key) from e

load("b")
