# Literal patterns: numbers (negative, complex), strings (concatenated), bytes, None/True/False.
def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1 + 2j:
            return "complex 1+2j"
        case -1 - 2j:
            return "complex -1-2j"
        case 3j:
            return "pure imaginary"
        case "hello" " " "world":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0x10 | 0o10 | 0b10:
            return "hex, octal or binary"
        case 1_000_000:
            return "a million"
        case _:
            return "something else: " + repr(x)


for value in [0, 0.0, -1, -1.0, 1.5, 1 + 2j, -1 - 2j, 3j, "hello world", b"raw", None, True,
              False, 1, 16, 8, 2, 1000000, "hello", [0], 2.5]:
    print(repr(value), "->", describe(value))

# True matches 1 by ==, but case True is an identity test.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 is 1")

match 1.0:
    case 1:
        print("1.0 == 1")
