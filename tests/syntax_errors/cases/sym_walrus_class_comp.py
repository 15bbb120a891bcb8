class C:
    y = [(z := 1) for x in w]
