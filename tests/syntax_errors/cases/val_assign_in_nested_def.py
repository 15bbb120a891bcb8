def f():
    if x:
        g() = 2
