# The special methods of builtin classes called by name, with NotImplemented where CPython
# returns it and TypeError where its sequence methods raise.
cases = [
    "float.__abs__(-2.5)", "int.__abs__(-3)", "bool.__abs__(True)", "complex.__abs__(3+4j)",
    "int.__floordiv__(7, 2)", "int.__floordiv__(7, 'a')", "int.__index__(5)", "int.__index__(True)",
    "float.__trunc__(2.7)", "float.__floor__(2.7)", "float.__ceil__(2.2)", "int.__round__(15, -1)",
    "float.__round__(2.675, 2)", "float.__round__(2.5)", "str.__mod__('%s!', 5)",
    "str.__rmod__('%s!', 5)", "str.__mod__('%s', (1,))", "list.__iadd__([1], [2])",
    "list.__iadd__([1], (2,))", "list.__imul__([1], 2)", "int.__float__(3)", "int.__int__(True)",
    "float.__int__(2.9)", "float.__float__(2.5)", "complex.__complex__(1j)",
    "int.__getnewargs__(5)", "int.__getnewargs__(True)", "float.__getnewargs__(5.0)",
    "int.__add__(1, 'a')", "int.__radd__(1, 2)", "float.__radd__(1.0, 2)",
    "float.__add__(1.0, 'x')", "int.__lt__(1, 2.5)", "int.__eq__(1, 'a')", "float.__eq__(1.0, 1)",
    "float.__gt__(2.5, 1)", "int.__eq__(1, 1.0)", "bool.__eq__(True, 1)", "1 < 2.5", "2**70 < 1e30",
    "1 == 1.0", "int.__ne__(1, 'a')", "int.__neg__(5)", "int.__pos__(True)", "int.__invert__(5)",
    "float.__neg__(1.0)", "int.__bool__(0)", "float.__bool__(0.0)", "complex.__bool__(0j)",
    "int.__hash__(5)", "float.__hash__(1.5)", "str.__len__('abc')", "str.__contains__('abc', 'b')",
    "str.__getitem__('abc', 1)", "str.__add__('a', 'b')", "str.__mul__('a', 3)",
    "str.__rmul__('a', 3)", "list.__mul__([1], 2)", "list.__rmul__([1], 2)",
    "list.__add__([1], [2])", "tuple.__add__((1,), (2,))", "tuple.__mul__((1,), 2)",
    "list.__contains__([1], 1)", "dict.__or__({1: 2}, {3: 4})", "dict.__ior__({1: 2}, {3: 4})",
    "dict.__ror__({1: 2}, {3: 4})", "dict.__or__({}, 1)", "set.__or__({1}, {2})",
    "set.__ior__({1}, {2})", "set.__ror__({1}, {2})", "set.__sub__({1, 2}, {2})",
    "set.__rsub__({1, 2}, {2})", "frozenset.__and__(frozenset({1, 2}), {2})", "set.__or__({1}, [2])",
    "set.__xor__({1}, {2})", "set.__isub__({1, 2}, {1})", "range.__len__(range(5))",
    "range.__getitem__(range(5), 2)", "range.__contains__(range(5), 2)",
    "range.__eq__(range(5), range(5))", "range.__hash__(range(3)) == hash(range(3))",
    "bytes.__mod__(b'%d', 5)", "bytes.__add__(b'a', b'b')",
    "bytearray.__iadd__(bytearray(b'a'), b'b')", "bytearray.__imul__(bytearray(b'a'), 2)",
    "bytes.__getitem__(b'ab', 0)", "bytes.__mul__(b'a', 2)", "object.__eq__(1, 1)",
    "object.__ne__(1, 2)", "object.__lt__(1, 2)", "object.__hash__(None) == hash(None)",
    "int.__format__(5, 'x')", "float.__format__(1.5, '.1f')", "str.__format__('a', '>3')",
    "int.__trunc__(True)", "int.__ceil__(5)", "int.__lshift__(1, 3)", "int.__rlshift__(3, 1)",
    "int.__and__(6, 3)", "int.__rand__(6, 3)", "bool.__and__(True, False)",
    "bool.__rand__(True, 1)", "bool.__or__(True, 2)", "bool.__xor__(True, True)",
    "int.__truediv__(1, 2)", "int.__rtruediv__(1, 2)", "float.__rtruediv__(2.0, 1)",
    "float.__mod__(7.5, 2)", "float.__rmod__(2.0, 7)", "float.__rfloordiv__(2.0, 7)",
    "complex.__truediv__(1j, 2)", "complex.__rsub__(1j, 2)", "hasattr(complex, '__floordiv__')",
    "hasattr(complex, '__mod__')", "hasattr(complex, '__divmod__')", "hasattr(int, '__matmul__')",
    "hasattr(list, '__radd__')", "hasattr(str, '__radd__')", "hasattr(tuple, '__radd__')",
    "hasattr(bytes, '__radd__')", "hasattr(list, '__rmul__')", "int.__abs__(1.5)",
    "float.__abs__(1)", "int.__abs__()", "(-5).__abs__()", "(2.5).__float__()",
    "str.__add__('a', 1)", "list.__add__([1], (2,))", "tuple.__add__((1,), 1)",
    "bytes.__add__(b'a', 1)", "bytearray.__add__(bytearray(), 1)", "list.__mul__([1], 'a')",
    "list.__rmul__([1], 'a')", "str.__mul__('a', 1.5)", "bytes.__mul__(b'a', 'x')",
    "tuple.__rmul__((1,), 2.0)", "list.__iadd__([], 1)", "list.__imul__([], 'a')",
    "bytearray.__iadd__(bytearray(), 1)", "b'a' + 1", "bytearray() + 1", "[1] * 'a'",
    "'a' * 1.5", "[] + 1", "str.__mod__('a', 1)", "str.__rmod__('%d', 1)",
    "bytes.__mod__(b'%d', 2)", "repr(int.__abs__)", "repr(float.__divmod__)",
    "repr(int.__add__)", "repr(list.__add__)", "type(int.__float__).__name__",
]
for c in cases:
    try:
        r = eval(c)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(c, "=>", r)


class Sub(int):
    def __add__(self, other):
        return ("Sub", super().__add__(other))

    def __divmod__(self, other):
        return ("Sub.divmod", super().__divmod__(other))

    def __abs__(self):
        return ("Sub.abs", super().__abs__())


print(Sub(5) + 1, divmod(Sub(7), 2), abs(Sub(-3)), Sub(5).__float__())
