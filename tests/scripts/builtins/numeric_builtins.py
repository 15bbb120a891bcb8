# abs, round, divmod, pow (with modulus and negative exponent), bin/oct/hex, int/float dunders via builtins.
import math
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["abs(-5)", "abs(-2**70)", "abs(-0.0)", "abs(-float('inf'))", "abs(3-4j)", "abs(True)", "abs('a')", "abs(None)",
             "divmod(7, 2)", "divmod(-7, 2)", "divmod(7.5, -2)", "divmod(2**70, 3)", "divmod(1, 0)", "divmod(1.0, 0.0)",
             "divmod('a', 1)", "divmod(1)", "pow(2, 8)", "pow(2, -1)", "pow(-2, 0.5)", "pow(7, -1, 40)", "pow(6, -1, 9)",
             "pow(2, 5, -3)", "pow(10**20, 10**20, 97)", "pow(2, 3, 1)", "pow(base=2, exp=3)", "pow(2, exp=3, mod=5)",
             "pow(2.5, 2)", "pow(0, 0)", "pow(0.0, 0)", "pow(-1, 0.5)", "pow(1.0, float('nan'))", "pow(float('nan'), 0)",
             "bin(10)", "bin(-10)", "bin(0)", "oct(8)", "oct(-8)", "hex(255)", "hex(-255)", "hex(2**70)", "bin(True)",
             "hex(1.5)", "bin('1')", "oct(None)", "hex(-0)", "round(2.5)", "round(3.5)", "round(-2.5)", "round(0.125, 2)",
             "round(5, 1)", "round(1.23456, ndigits=3)", "int.__add__(1, 2)", "(5).__index__()", "(5).numerator",
             "(5).real", "(5).imag", "(5).conjugate()", "(1.5).real",
             "(2).__rpow__(3)", "(3).__neg__()", "(3).__pos__()", "(3).__invert__()", "(3).__bool__()",
             "(3.0).__trunc__()", "complex.__abs__(3+4j)"]:
    show(expr)
class Idx:
    def __index__(self):
        return 6
class FloatLike:
    def __float__(self):
        return 2.5
class IntLike:
    def __int__(self):
        return 9
print(bin(Idx()), hex(Idx()), oct(Idx()), [0, 1, 2, 3, 4, 5, 6, 7][Idx()], 'abcdefgh'[Idx()], range(10)[Idx()], float(FloatLike()),
      int(IntLike()), round(FloatLike().__float__()), (10).to_bytes(Idx(), 'big'))
for expr in ["int(FloatLike())", "float(IntLike())", "[1][FloatLike()]", "abs(Idx())", "round(Idx())", "math.floor(FloatLike())"]:
    show(expr)
