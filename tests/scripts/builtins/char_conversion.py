# chr/ord round trips, ascii(), repr of escapes, and their range errors.
print(chr(65), chr(0x1F600), chr(0), chr(0x10FFFF) == '\U0010ffff', ord('A'), ord('é'), ord('𝄞'), ord(b'A'), ord(bytearray(b'z')))
print([chr(i) for i in range(0x3b1, 0x3b6)], ''.join(chr(ord(c) + 1) for c in 'HAL'), ascii('é✓𝄞\n'), ascii([b'\xff', 'ü']))
for expr in ["chr(-1)", "chr(0x110000)", "chr(2**70)", "chr('a')", "chr(65.0)", "ord('')", "ord('ab')", "ord(65)",
             "ord(b'')", "ord(None)", "chr()", "chr(1, 2)", "repr(chr(0x7f))", "repr(chr(0x85))", "repr(chr(0xa0))", "repr(chr(0xad))",
             "repr(chr(0x2028))", "repr(chr(0xe000))", "repr(chr(0xdfff))", "repr(chr(0x1f600))", "repr(chr(0xe0001))",
             "repr('\\x1b[0m')", "ascii(chr(0xff))", "ascii(chr(0x100))", "ascii(chr(0x10000))", "ascii(1.5)", "ascii(b'\\x80')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
