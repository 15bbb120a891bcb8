match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", ("north" | "south") as direction, *_]:
        pass
    case Point(x=0, y=yy) | Point3D(0, yy, z=_):
        pass
    case {"k": -1.5, "j": 1 - 2j, **rest} if rest:
        pass
    case a.b.c | None | True | False | b"x" b"y" | "s" "t":
        pass
    case (1, 2) | [] | () | (x,):
        pass
    case {}:
        pass
    case _:
        pass

match x, *y:
    case a, *b if (c := a):
        pass

match = case = 1
match(match)
match[case]
match.x = print(match, case)
match -match
