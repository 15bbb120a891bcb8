# Capture patterns bind names; the wildcard binds nothing; the last case may be irrefutable.
def first(x):
    match x:
        case 1:
            return "one"
        case other:
            return f"captured {other!r}"


print(first(1), first("a"), first([1, 2]))

match 42:
    case _:
        print("wildcard matched")

try:
    _
except NameError as e:
    print("NameError", e)

match (1, 2):
    case whole:
        print("whole", whole)
print("whole after the match:", whole)

# A capture in a guarded case that fails still binds the name.
match 5:
    case n if n > 10:
        print("big")
    case m:
        print("n is", n, "and m is", m)

# A failed pattern binds nothing.
match [1, 2]:
    case [p, q, r]:
        print("three")
    case _:
        pass
for name in ["p", "q", "r"]:
    print(name, name in globals())

# match and case are soft keywords: ordinary names elsewhere.
match = [1, 2, 3]
case = {"k": "v"}
print(match[0], case["k"], len(match))
match.append(4)
print(match)


def match(x):
    return x * 2


print(match(21))
match(3)
case = lambda c: c + 1
print(case(1))
