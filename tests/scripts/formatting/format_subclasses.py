# format() and % formatting of bool, int/float/str subclasses and enums-like classes keep the base behaviour.
class MyInt(int):
    def __repr__(self):
        return 'MyInt()'
    def __str__(self):
        return 'myint'
class MyFloat(float):
    def __str__(self):
        return 'myfloat'
class MyStr(str):
    def __str__(self):
        return 'mystr'
i, f, s = MyInt(5), MyFloat(2.5), MyStr('abc')
print(format(i), format(i, 'd'), format(i, '>4'), f'{i}', f'{i!s}', f'{i!r}', '%s %d %r' % (i, i, i), '{}'.format(i), str(i), repr(i))
print(format(f), format(f, '.2f'), f'{f}', '%s %f %r' % (f, f, f), str(f), repr(f))
print(format(s), format(s, '>5'), f'{s}', '%s %r' % (s, s), str(s), repr(s), s + 'x', s.upper(), type(s.upper()).__name__)
print(format(True), format(True, 'd'), format(False, '>6'), '%s %d %r %x' % (True, True, False, True), f'{True:05}', str(True))
class Color(int):
    def __format__(self, spec):
        return 'Color' + (':' + spec if spec else '')
print(f'{Color(1)}', f'{Color(1):x}', format(Color(2), '>3'), '%d' % Color(3), '{:d}'.format(Color(4)), str(Color(5)))
