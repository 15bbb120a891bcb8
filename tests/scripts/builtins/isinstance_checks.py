# isinstance/issubclass with tuples, nested tuples, bool/int relations and errors.
class A: pass
class B(A): pass
class C: pass
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance(1, (str, (float, int))),
      isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(1, ()), isinstance(None, type(None)),
      isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), isinstance([], object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(B, A), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object),
      issubclass(B, ()), issubclass(type, object), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)),
      issubclass(bytearray, bytes), issubclass(frozenset, set), issubclass(dict, object))
for expr in ["isinstance(1, 1)", "isinstance(1, (int, 1))", "isinstance(1, (1, int))", "issubclass(1, int)", "issubclass(int, 1)",
             "issubclass(A(), A)", "isinstance()", "isinstance(1)", "issubclass(int, (str, 'x'))", "isinstance(1, [int])",
             "isinstance(1, int | str)", "issubclass(bool, int | None)", "isinstance(None, int | None)", "int | str"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance('magic', (int, Magic)))
