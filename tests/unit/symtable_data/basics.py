import os.path, sys as system
from collections import OrderedDict as OD, deque
counter = 0


def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    global counter
    counter += 1
    local = a + b + c + d + e
    del local
    for i, (j, k) in enumerate(args):
        print(i, j, k)
    with open(os.path.join("x")) as handle, open("y") as (p, q):
        pass
    try:
        pass
    except ValueError as err:
        print(err)
    x: int = 5
    y: OD
    return system.argv, kwargs, x


def g(x, /):
    import json
    from math import pi
    return json, pi, x


lam = lambda p, *q, r=counter, **s: (p, q, r, s)
