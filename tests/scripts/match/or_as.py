# Or-patterns and as-patterns, including alternatives that bind names in different orders.
def f(x):
    match x:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [a, b] | (a, b, _):
            return f"pair-ish {a} {b}"
        case {"x": a, "y": b} | {"pos": (a, b)}:
            return f"coords {a} {b}"
        case [int() | float() as num, *_]:
            return f"starts with number {num}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [a, b, c, d] | [d, c, b, a, None]:
            return f"abcd {a}{b}{c}{d}"
        case _:
            return "nothing"


for v in [1, 3, [4, 5], (6, 7, 8), {"x": 1, "y": 2}, {"pos": (3, 4)}, [1.5, "a", "b"],
          "str", b"bytes", ["a", "b", "c", "d"], ["d", "c", "b", "a", None], 99]:
    print(repr(v), "->", f(v))

match (1, (2, 3)):
    case (a, (b, c) as inner) as outer:
        print(a, b, c, inner, outer)

match 5:
    case (1 | 2) | (3 | 4):
        print("nested or")
    case (5 | 6) as n:
        print("nested as", n)
