# getattr/setattr/hasattr/delattr, callable, vars, and their errors.
class P:
    cls_attr = 'C'
    def __init__(self):
        self.x = 1
    def method(self):
        return 'm'
p = P()
print(getattr(p, 'x'), getattr(p, 'y', 'dflt'), getattr(p, 'cls_attr'), getattr(P, 'method')(p), hasattr(p, 'x'), hasattr(p, 'nope'))
setattr(p, 'y', 2)
setattr(P, 'z', 3)
print(p.y, p.z, vars(p), sorted(k for k in vars(P) if not k.startswith('__')))
delattr(p, 'y')
print(hasattr(p, 'y'), vars(p))
print(callable(len), callable(P), callable(p), callable(p.method), callable(1), callable(None), callable(lambda: 0), callable(print),
      callable(str.upper), callable(type), callable(P.method))
class Call:
    def __call__(self):
        return 'called'
print(callable(Call()), Call()())
for expr in ["getattr(p, 'nope')", "getattr(p, 5)", "getattr(p)", "setattr(p, 1, 2)", "delattr(p, 'nope')", "hasattr(p, None)",
             "getattr(1, 'real')", "getattr(1, 'bogus')", "setattr(1, 'x', 2)", "setattr([], 'x', 2)", "delattr(1, 'real')",
             "getattr(None, 'x', 'fallback')", "vars(1)", "vars(p, 2)", "callable()", "callable(1, 2)", "getattr(str, 'join')",
             "getattr(P, 'nope')", "getattr(p, 'method')()", "setattr(object(), 'a', 1)", "hasattr('', 'upper')",
             "getattr(len, '__name__')", "getattr(type, '__name__')", "delattr(P, 'z')", "hasattr(P, 'z')",
             "setattr(str, 'foo', 1)", "delattr(str, 'upper')", "vars(P)['cls_attr']", "'x' in vars()"]:
    try:
        print(expr, '->', repr(eval(expr)) if 'object at' not in repr(eval(expr)) else 'object')
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
class Fallback:
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(f'no {name}')
f = Fallback()
print(getattr(f, 'auto_x'), hasattr(f, 'auto_y'), hasattr(f, 'other'), getattr(f, 'other', 'dflt'))
class Exploding:
    @property
    def boom(self):
        raise ValueError('exploded')
try:
    hasattr(Exploding(), 'boom')
except ValueError as e:
    print('ValueError', e)
print(getattr(Exploding(), 'nope', 'ok'))
