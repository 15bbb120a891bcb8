# bytes: construction, hex/fromhex, methods, slicing, comparisons and errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["bytes(3)", "bytes([65, 66])", "bytes('é', 'utf-8')", "bytes(b'ab')", "bytes(range(3))", "bytes()",
             "bytes(-1)", "bytes([256])", "bytes('x')", "bytes(1.5)", "bytes([1.0])", "bytes('x', 'bad')",
             "b'\\x00\\xff'.hex()", "b'abc'.hex('-')", "b'abcdef'.hex(':', 2)", "b'abcdef'.hex(':', -2)", "b''.hex()",
             "bytes.fromhex('de ad BE EF')", "bytes.fromhex('0')", "bytes.fromhex('zz')", "bytes.fromhex(' 01 02 ')",
             "b'abc'[1]", "b'abc'[-1:]", "b'abcdef'[::2]", "b'abc'[::-1]", "b'abc'[5]", "b'a' + b'b'", "b'a' + 'b'",
             "b'a' * 3", "b'ab' in b'cabd'", "97 in b'abc'", "300 in b'abc'", "'a' in b'abc'", "b'a' < b'b'", "b'a' == 'a'",
             "b'Hello World'.swapcase()", "b'hello'.title()", "b'a,b'.split(b',')", "b' a b '.split()", "b'abc'.replace(b'b', b'XY')",
             "b'abc'.find(98)", "b'abc'.index(b'c')", "b'abc'.index(b'z')", "b'xxhixx'.strip(b'x')", "b'ab'.center(6, b'*')",
             "b'a\\tb'.expandtabs(4)", "b'abc'.startswith((b'x', b'a'))", "b'ABC'.lower()", "b'12'.zfill(5)", "b'abc'.count(b'')",
             "b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]) if False else b'-'.join([b'a', bytearray(b'b')])",
             "b'-'.join([b'a', 'b'])", "b'a\\nb\\r\\nc'.splitlines()", "b'abc'.partition(b'b')", "b'abc'.rpartition(b'z')",
             "b'abc'.isalpha()", "b'123'.isdigit()", "b' '.isspace()", "b'Ab'.istitle()", "b'abc'.decode()",
             "b'abc'.removeprefix(b'a')", "b'abc'.translate(None, b'b')", "bytes.maketrans(b'ab', b'xy')",
             "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", "list(b'hi')", "hash(b'abc') == hash(b'abc')",
             "b'a'[0] + 1", "bytes([1,2]) == bytearray([1,2])", "b'%s and %d' % (b'x', 5)", "b'%r' % 'é'", "b'%a' % 'é'",
             "b'%s' % 'str'", "b'%x' % 255", "b'%5.2f|' % 3.14159", "b'%c' % 65", "b'%c' % b'z'", "b'%c' % 256",
             "b'%(k)s' % {b'k': b'v'}", "b'abc'.ljust(5, 'x')", "b'a'.join([1])", "ord(b'a')", "ord(b'ab')"]:
    show(expr)
