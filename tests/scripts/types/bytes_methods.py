# bytes methods: searching, splitting, stripping, case, padding, hex and translate.
b = b'Hello, World! hello'
print(b.find(b'llo'), b.find(b'llo', 5), b.rfind(b'llo'), b.find(b'zz'), b.find(108), b.rfind(108, 0, 5),
      b.index(b'W'), b.rindex(b'l'), b.count(b'l'), b.count(b'l', 5, -2), b.count(b''), b.count(108))
print(b.find(b'', 3), b.rfind(b''), b.find(b'', 100), b.count(b'', 5, 3), b.find(b'H', -100, None))
print(b.startswith(b'Hell'), b.startswith((b'x', b'He')), b.endswith(b'llo'), b.startswith(b'World', 7),
      b.endswith(b'World', 0, 12), b.startswith(b''), b.endswith(b'', 50))
print(b' '.join([b'a', b'bc', bytearray(b'd')]), b''.join([]), b', '.join(x for x in [b'1', b'2']))
print(b'a b  c\td\n'.split(), b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'  a b c  '.split(None, 1),
      b'a b c'.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), b''.split(), b''.split(b','), b'  '.split(),
      b'  a  b  '.rsplit(maxsplit=1), b'x'.split(sep=b'x'))
print(b'one\ntwo\r\nthree\rfour\n'.splitlines(), b'one\ntwo\r\n'.splitlines(True), b''.splitlines(),
      b'a\n\nb'.splitlines(keepends=True))
print(b'  hi  '.strip(), b'  hi  '.lstrip(), b'  hi  '.rstrip(), b'xxhixx'.strip(b'x'), b'abcba'.strip(b'ab'),
      b'\t\n hi \x0b\x0c'.strip(), b'hi'.strip(None))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2),
      b'abc'.replace(b'x', b'y'), b'aXbXc'.replace(b'X', b''))
print(b'Hello World'.upper(), b'Hello World'.lower(), b'Hello World'.swapcase(), b'hello world'.capitalize(),
      b'hELLO wORLD'.title(), b"they're bill's".title(), b'\xe9abc'.upper())
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b''.isdigit(), b'abc'.islower(), b'ABC'.isupper(),
      b'A1'.isupper(), b' \t'.isspace(), b'Hello World'.istitle(), b'hello World'.istitle(), b'\x80'.isascii(),
      b''.isascii(), b'1a'.isalpha())
print(b'abc'.center(9), b'abc'.center(8, b'*'), b'abc'.ljust(6, b'-'), b'abc'.rjust(6), b'abc'.center(2),
      b'42'.zfill(5), b'-42'.zfill(5), b'+4'.zfill(4), b''.zfill(3), b'abcd'.center(7, b'.'))
print(b'a\tbc\td'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'ab\n\tc'.expandtabs(2), b'\t'.expandtabs(0))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'abc'.removeprefix(b'x'))
print(b'\x00\xffab'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdefg'.hex(' ', -3), b'abc'.hex(b'|'),
      b''.hex(), bytes.fromhex('6162 63'), bytes.fromhex(''), bytes.fromhex(' 0A ff '))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abcabc'.translate(None, b'b'), b'abc'.translate(t, b'a'),
      b'hello'.translate(None), b'abc'.translate(t, delete=b'c'))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'),
      b'a\xffb'.decode('utf-8', 'ignore'), b'abc'.decode(encoding='utf-8'), 'café'.encode(), 'café'.encode('latin-1'),
      'café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'))
print(b'abc' == b'abc', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' <= b'a', b'' < b'\x00', b'x' != b'y')
print(b'abc'[0], b'abc'[-1], b'abcdef'[1:4], b'abcdef'[::2], b'abcdef'[::-1], b'abc'[5:], list(b'hi'), 104 in b'hi',
      b'h' in b'hi', b'' in b'hi', b'hi' * 3, 2 * b'ab', b'a' + b'b', b'x' * 0, len(b'abc'))
print(bytes(3), bytes([65, 66]), bytes(b'abc'), bytes(bytearray(b'xy')), bytes('hé', 'utf-8'), bytes(range(5)),
      bytes(), bytes(x for x in [1, 2]), bytes('abc', encoding='ascii'))
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), {b'a': 1}[b'a'])
