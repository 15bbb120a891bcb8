# slice objects and indices(), NotImplemented, Ellipsis, and the singletons' reprs.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["slice(3)", "slice(1, 5)", "slice(1, 5, 2)", "slice(None)", "slice(1, 2).start", "slice(3).stop", "slice(1).step",
             "slice(1, 10, 2).indices(5)", "slice(None, None, -1).indices(5)", "slice(-3, None).indices(10)",
             "slice(-100, 100).indices(4)", "slice(0, 10, -3).indices(6)", "slice(None, None, 0).indices(5)", "slice(1).indices(-1)",
             "slice(1, 2) == slice(1, 2)", "slice(1, 2) == slice(1, 3)", "slice(1, 2) < slice(1, 3)", "hash(slice(1))",
             "slice('a', 'b')", "slice('a').indices(3)", "slice(1.5).indices(3)", "slice()", "slice(1, 2, 3, 4)",
             "[0, 1, 2, 3, 4][slice(1, None, 2)]", "'abcdef'[slice(-2, None)]", "slice(2**70).indices(5)",
             "NotImplemented", "repr(NotImplemented)", "type(NotImplemented).__name__",
             "Ellipsis", "...", "... is Ellipsis", "repr(...)", "type(...).__name__", "str(Ellipsis)", "None.__class__.__name__",
             "type(None)()", "type(...)()", "type(NotImplemented)()", "(1).__add__('a')", "(1).__lt__('a')",
             "[].__eq__(5)", "(1.0).__eq__('x')", "int.__radd__(2, 3)", "str.__mod__('%d', 5)"]:
    show(expr)
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return Vec(self.x + other.x) if isinstance(other, Vec) else NotImplemented
    def __radd__(self, other):
        return Vec(self.x + other) if isinstance(other, int) else NotImplemented
    def __eq__(self, other):
        return NotImplemented
    def __getitem__(self, key):
        return key
v = Vec(1)
print((v + Vec(2)).x, (5 + v).x, v == v, v != v, v == 1, v[1:2], v[::2], v[1:2, ...], v[...], v[:, 1])
try:
    v + 'a'
except TypeError as e:
    print('TypeError', e)
try:
    'a' + v
except TypeError as e:
    print('TypeError', e)
try:
    v < v
except TypeError as e:
    print('TypeError', e)
