# id() identity rules, repr/ascii of objects, type(), len() and its errors.
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, id(None) == id(None), id(1) == id(1))
print(type(1), type('a'), type(None), type(type), type(len), type([].append).__name__, type(lambda: 0).__name__,
      type(1)(5), type('')(), type([])('ab'))
for expr in ["len([1, 2])", "len('é𝄞')", "len(b'ab')", "len({1: 2})", "len(range(5))", "len(5)", "len()", "len(iter([]))",
             "len(x for x in [])", "len(None)", "len([], [])", "type()", "type(1, 2)", "type('X', (), {})().__class__.__name__",
             "type('X', (int,), {})(5) + 1", "type('X', 5, {})", "repr(type('Y', (), {'__module__': 'm'}))"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
class R:
    def __repr__(self):
        return 'R()'
class BadRepr:
    def __repr__(self):
        return 42
class BadLen:
    def __len__(self):
        return 'x'
class NegLen:
    def __len__(self):
        return -5
print(repr(R()), str(R()), ascii(R()), [R()], f'{R()!r}', '%r' % R(), format(R(), ''))
for obj, fn in [(BadRepr(), repr), (BadLen(), len), (NegLen(), len), ([BadRepr()], repr)]:
    try:
        print(fn(obj))
    except Exception as e:
        print(type(e).__name__, e)
