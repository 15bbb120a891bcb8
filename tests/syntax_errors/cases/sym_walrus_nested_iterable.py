def f(v):
    return [x for y in [(z := 1) for w in v]]
