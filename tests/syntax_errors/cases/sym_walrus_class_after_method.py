class C:
    def m(self):
        return [x for x in y]
    x = [(y := 1) for x in z]
