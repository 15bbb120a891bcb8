# divmod(): ints and floats directly, other classes through __divmod__ and __rdivmod__.


class A:
    def __divmod__(self, o):
        return ("A.divmod", o)

    def __rdivmod__(self, o):
        return ("A.rdivmod", o)


class B:
    pass


class R:
    def __rdivmod__(self, o):
        return ("R.rdivmod", o)


class NI:
    def __divmod__(self, o):
        return NotImplemented


class MyInt(int):
    def __rdivmod__(self, o):
        return ("MyInt.rdivmod", o)


class PlainInt(int):
    pass


class MyFloat(float):
    def __divmod__(self, o):
        return ("MyFloat.divmod", o)


cases = [
    "divmod(7, 2)", "divmod(-7, 2)", "divmod(7, -2)", "divmod(7, -2.5)", "divmod(7.5, 2)",
    "divmod(True, 2)", "divmod(3, True)", "divmod(2**70, 3)", "divmod(2**64, -3)",
    "divmod(-2**64, 2**63)", "divmod(float('inf'), 2)", "divmod(float('nan'), 2)",
    "divmod(-0.0, 2)", "divmod(7, 0)", "divmod(3, False)", "divmod(7.0, 0)", "divmod(7, 0.0)",
    "divmod(0, 0.0)", "divmod(A(), 1)", "divmod(1, A())", "divmod(R(), 1)", "divmod(1, R())",
    "divmod(B(), 1)", "divmod(1, B())", "divmod('a', 1)", "divmod(1j, 1)", "divmod(NI(), 1)",
    "divmod(NI(), NI())", "divmod(7, MyInt(2))", "divmod(MyInt(7), 2)", "divmod(PlainInt(7), 2)",
    "divmod(7, PlainInt(2))", "divmod(MyFloat(7), 2)", "divmod(2, MyFloat(7))",
    "divmod(1)", "divmod(1, 2, 3)",
    "int.__divmod__(7, 2)", "int.__rdivmod__(7, 2)", "int.__divmod__(7, 2.0)",
    "int.__rdivmod__(7, 'a')", "int.__divmod__(7, 0)", "int.__divmod__(True, 2)",
    "float.__divmod__(7.0, 2)", "float.__rdivmod__(7.0, 2)", "float.__divmod__(7.0, 0)",
    "float.__divmod__(7.0, 'a')", "(7).__divmod__(3)", "(7.5).__rdivmod__(20)",
    "int.__divmod__(1.5, 2)", "float.__divmod__(1, 2)", "int.__divmod__(1)",
    "repr(int.__divmod__)",
]
for c in cases:
    try:
        r = eval(c)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(c, "=>", r)
