# str() and repr() of builtin values: quotes, escapes, non-printables, nested containers, recursion.
vals = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x7f\x80\xff', 'é✓𝄞', '\u200b\ufeff',
        '\\', '', b'bytes\x00\xff"\'', bytearray(b'\n'), 1.0, -0.0, 1e-7, [1, 'a', None], (1,), {'k': (2, 3)},
        {1.5}, frozenset(), [[], [[]]], {'nested': {'d': [1]}}]
for v in vals:
    print(repr(v), str(v), ascii(v))
lst = [1]
lst.append(lst)
dct = {}
dct['self'] = dct
print(repr('\ud800'), ascii('\ud800'))
print(lst, dct, repr([lst, dct]))
print(str(), str(5), str(b'x'), str(b'x', 'ascii'), str(b'\xff', 'utf-8', 'replace'),
      str(object=7), str(b'\xe9', 'latin-1'), str(b'ab\xff', errors='ignore'), repr(str), str(str))
for v in [int, float, list, dict, type, object, len, print, str.upper, [].append, None.__class__]:
    print(repr(v) if 'at 0x' not in repr(v) else 'has-address')
