# int(str, base): prefixes, underscores, whitespace, signs, base 0, and the error messages.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["int('42')", "int('  -17  ')", "int('+5')", "int('1_000_000')", "int('0x_ff', 16)",
             "int('0b1010', 0)", "int('0o777', 0)", "int('0xDEAD', 0)", "int('0', 0)", "int('00', 0)",
             "int('010', 0)", "int('z', 36)", "int('ZZ', 36)", "int('11', 2)", "int('-0b11', 0)",
             "int('12', 3)", "int('0b', 0)", "int('1__0')", "int('_1')", "int('1_')", "int('x')",
             "int('')", "int(' ')", "int('1.5')", "int('12', 2)", "int('9', 8)", "int('1', 1)",
             "int('1', 37)", "int('1', -1)", "int(b'42')", "int(bytearray(b'-7'))", "int(b'x')",
             "int(3.99)", "int(-3.99)", "int(True)",
             "int(1e400)", "int(float('nan'))", "int(float('-inf'))", "int(None)", "int([1])",
             "int(5, 10)", "int('5', base=10)", "int(x='5')", "int()", "int('0x10', 16)", "int('0x10', 10)",
             "int('1' * 30)", "int('-' + '9' * 25, 10)", "int('0b1_0_1', 2)", "int(' 0x1f ', 0)",
             "int('08', 0)", "int('0_0', 0)", "int('1e5')", "int('abc' * 40)", "int(2**70 + 0.0)"]:
    show(expr)
