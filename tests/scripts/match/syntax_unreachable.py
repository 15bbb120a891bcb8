def f(x):
    match x:
        case [a, b]:
            return a
        case y:
            return y
        case {"k": v}:
            return v
