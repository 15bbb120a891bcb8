# bytes and bytearray errors: wrong types, bad values and index errors, with CPython's messages.
cases = ['bytes("a")', 'bytes(1.5)', 'bytes([256])', 'bytes([-1])', 'bytes(["a"])', 'bytes(-1)', 'bytes(1, "utf-8")',
         'bytes("a", "nope")', 'bytes("é", "ascii")', 'bytes("aéé", "ascii")', 'b"abc"[5]', 'b"abc"[key]',
         'b"a" + "b"', 'b"a" + 1', '"a" + b"b"', 'b"a" * "b"', 'b"a" * 1.5', 'b"abc".center(9, "x")',
         'b"abc".center(9, b"xy")', 'b" ".join([b"a", "b"])', 'b" ".join([1])', 'b"a".startswith("a")',
         'b"a".endswith(["a"])', 'b"a".find("a")', 'b"a".find(256)', 'b"a".split(b"")', 'b"a".split("a")',
         'b"a".index(b"z")', 'b"a".rindex(b"z")', 'b"a".partition(b"")', 'b"a".partition("a")',
         'bytes.fromhex("zz")', 'bytes.fromhex("a b")', 'bytes.fromhex("abc")', 'bytes.fromhex(b"ab")',
         'b"abc".hex("::")', 'b"abc".hex(1)', 'b"a".translate(b"short")', 'bytes.maketrans(b"ab", b"c")',
         'bytes.maketrans("a", "b")', 'b"\\xff".decode()', 'b"a\\xc3".decode()', 'b"\\xc3\\x28".decode()',
         'b"\\x80abc".decode("ascii")', 'b"a".decode("nope")', 'b"a".decode(5)', '"é".encode("ascii")',
         '"aéèb".encode("ascii")', '"a".encode("nope")', 'b"a" < "a"', 'b"a" < 1', 'hash(bytearray())',
         'bytearray("a")', 'bytearray(1.5)', 'bytearray([256])', 'bytearray(["a"])', 'bytearray(-1)',
         'bytearray(b"ab")[5]', 'bytearray(b"ab")[key]', 'bytearray(b"ab").pop(5)', 'bytearray().pop()',
         'bytearray(b"a").remove(9)', 'bytearray(b"a").append(300)', 'bytearray(b"a").append("a")',
         'bytearray(b"a") + "b"', 'bytearray(b"a").extend(5)', 'bytearray(b"a").insert(1, 300)',
         'bytearray(b"ab") * "a"', 'b"a".upper(1)', 'b"a".count()', 'b"abc".replace(b"a")', 'b"a".zfill("3")',
         'b"a".strip("a")', 'bytes(b"a", "utf-8")', 'bytes(errors="strict")', 'b"ab" % ()']
key = 'x'
for expr in cases:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
ba = bytearray(b'abc')
for stmt in ['ba[0] = "x"', 'ba[9] = 1', 'ba[0] = 256', 'ba[0:1] = 5', 'ba[0:1] = "x"', 'ba[::2] = b"x"',
             'del ba[9]', 'ba += "x"', 'ba += 5', 'ba *= "x"', 'ba["a"] = 1']:
    try:
        exec(stmt)
        print(stmt, '->', ba)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
