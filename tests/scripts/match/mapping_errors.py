# Runtime errors of mapping patterns: a key given twice through value patterns, unhashable keys.
class K:
    A = "a"
    B = "a"
    L = []


def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


def duplicate():
    match {"a": 1}:
        case {K.A: 1, K.B: 2}:
            return "matched"


def unhashable():
    match {"a": 1}:
        case {K.L: 1}:
            return "matched"


def not_a_mapping_first():
    match [1]:
        case {K.L: 1}:
            return "matched"
        case _:
            return "the mapping check comes first"


def length_first():
    match {}:
        case {K.A: 1, K.B: 2}:
            return "matched"
        case _:
            return "too short: no key lookups"


for f in [duplicate, unhashable, not_a_mapping_first, length_first]:
    attempt(f.__name__, f)
