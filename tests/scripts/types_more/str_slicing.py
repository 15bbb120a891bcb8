# str indexing and slicing with steps over ASCII and non-ASCII text, iteration by code point.
s = 'héllo wörld ✓ 𝄞!'
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[100:], s[-100:2])
print(s[::-2], s[10:2:-2], s[5:5], s[5:4], s[2:100:4], list(s[:6]), [ord(c) for c in s[-4:]])
for i, ch in enumerate('aé✓𝄞'):
    print(i, ch, ord(ch), len(ch), ch.encode('utf-8'))
print(''.join(reversed('añb𝄞')), list(reversed('xyz')), 'abcdef'[slice(1, None, 2)], 'abc'[slice(None)], 'abcdefgh'[-2:-7:-2])
s3 = 'abc'
for expr in ["'abc'[3]", "'abc'[-4]", "s3['1']", "s3[1.0]", "'abc'[::0]", "''[0]", "'abc'[None:None]",
             "'abc'[True]", "'abc'[2**70]", "'abc'[-2**70:2**70]", "'a'[0][0][0]", "'abc'.__getitem__(1)", "'x' * -1",
             "'ab' * 3", "3 * 'é'", "'a' * 2.0", "'a' + 1", "1 + 'a'", "'a' - 'b'", "'ab' < 'b'", "'a' < 1", "'é' > 'z'",
             "'abc' in 'xabcx'", "'' in 'a'", "1 in 'a'", "'B' in 'abc'", "min('hello')", "max('héllo')", "sorted('cba')"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
t = 'Ünïcödé'
print(t.upper(), t.lower(), t.swapcase(), t.title(), len(t.encode()), t.encode('latin-1'), t.isalpha(), t.isascii())
print('ß'.upper(), 'Σ'.lower(), 'ς'.upper())
