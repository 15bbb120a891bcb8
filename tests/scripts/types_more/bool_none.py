# bool arithmetic, truthiness of builtin values, None behaviour and related errors.
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True, type(True & True).__name__,
      type(True + False).__name__, True == 1, hash(True), bool(), bool(0.0), bool(-0.0), bool(''), bool(' '), bool([]), bool([0]),
      bool({}), bool(set()), bool(range(0)), bool(b''), bool(0j), bool(None), bool(...), bool(NotImplemented) if False else 1)
print(str(True), repr(False), f'{True}', f'{True:d}', f'{True:>5}', format(False, '') , int(True), float(False), True.real,
      True.imag, True.numerator, True.denominator, (True).conjugate(), bool.__name__, bool.__mro__)
class Sized:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class HugeLen:
    def __len__(self):
        return 2 ** 70
print(bool(Sized()), bool(Truthy()), not Sized(), 'yes' if Truthy() else 'no')
for obj in [BadBool(), BadLen(), HugeLen()]:
    try:
        print(bool(obj))
    except Exception as e:
        print(type(e).__name__, e)
nothing = None
for expr in ["None + 1", "nothing()", "nothing[0]", "None.x", "len(None)", "iter(None)", "bool(1, 2)", "bool(x=1)", "type(None)(1)",
             "None < 1", "-None", "None == 0", "repr(None)", "None.__bool__()", "True.__class__", "bool('False')"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
