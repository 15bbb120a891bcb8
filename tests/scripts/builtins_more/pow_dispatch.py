# pow() with two and three arguments, and the __pow__/__rpow__ slot wrappers of builtins.


class A:
    def __pow__(self, o, m=None):
        return ("A.pow", o, m)

    def __rpow__(self, o, m=None):
        return ("A.rpow", o, m)


class B:
    pass


class R:
    def __rpow__(self, o):
        return ("R.rpow", o)


class NI:
    def __pow__(self, o, m=None):
        return NotImplemented


class MyInt(int):
    def __rpow__(self, o, m=None):
        return ("MyInt.rpow", o, m)


class PlainInt(int):
    pass


class MyFloat(float):
    pass


cases = [
    "pow(2, 10)", "pow(2, 10, 7)", "pow(2, -1, 7)", "pow(2, 10, -7)", "pow(-3, 3, 5)",
    "pow(3, 0, 1)", "pow(3, 0, -1)", "pow(True, 2, 3)", "pow(3, 2**100, 2**61-1)",
    "pow(2, 10, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow(2, 3.0, 5)", "pow(2, 3, 5.0)",
    "pow(1j, 2, 3)", "pow(2, 3, 1j)", "pow(2, 3, 'a')", "pow('a', 2, 3)", "pow('a', 2)",
    "pow(2, 'a')", "pow(A(), 2)", "pow(A(), 2, 5)", "pow(2, A())", "pow(2, A(), 5)",
    "pow(2, 3, A())", "pow(R(), 2)", "pow(2, R())", "pow(2, R(), 5)", "pow(B(), 2, 3)",
    "pow(NI(), 2, 3)", "pow(NI(), 2)", "pow(MyInt(2), 3, 5)", "pow(2, MyInt(3), 5)",
    "pow(2, MyInt(3))", "pow(PlainInt(2), 3, 5)", "pow(2, PlainInt(3), 5)", "pow(MyFloat(2), 3)",
    "pow(2, 3, mod=5)", "pow(base=2, exp=3)", "pow(2, 3, None)", "pow(2, 3, mod=None)",
    "pow()", "pow(1)", "pow(1, 2, 3, 4)", "pow(2, 3, x=1)", "2 ** 'a'", "A() ** 2", "2 ** A()",
    "pow(0, -1)", "pow(0.0, -1)", "pow(10, -2)",
    "int.__pow__(2, 10, 7)", "int.__rpow__(2, 10, 7)", "int.__pow__(2, 10, None)",
    "float.__pow__(2.0, 3, 5)", "float.__rpow__(2.0, 3, 5)", "float.__rpow__(2.0, 3)",
    "float.__pow__(2.0, 3)", "complex.__pow__(2j, 2)", "complex.__pow__(2j, 2, 3)",
    "int.__pow__(2, 3, 'a')", "int.__pow__(2, 3, 4, 5)", "int.__pow__(2)",
    "int.__rpow__(2, 3, 0)", "int.__pow__(2, -1, 5)", "int.__pow__(2, 0.5, 5)",
    "int.__rpow__(2, 2.0)", "(2).__pow__(5, 3)", "(2.5).__rpow__(2)",
]
for c in cases:
    try:
        r = eval(c)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(c, "=>", r)
