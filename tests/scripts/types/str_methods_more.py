# str methods with their optional arguments: start/end, maxsplit, keepends, fillchar, tabsize.
s = 'hello world hello'
print(s.count('l'), s.count('l', 5), s.count('l', 5, -3), s.count(''), s.count('', 20), s.find('o', 5, 8),
      s.find('o', -5), s.rfind('o', 0, 5), s.index('world', 2), s.rindex('h', 1), s.find(''), s.rfind(''),
      s.find('', 50), s.count('ll', None, None), s.find('h', None, 3))
print(s.startswith('world', 6), s.startswith(('x', 'hello')), s.endswith('hello', 0, 5), s.endswith(('o',), 0, -1),
      s.startswith('', 17), s.startswith('', 18), 'abc'.endswith('c', -1))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), '  a  b  c  '.split(None, 1), '  a  b  c  '.rsplit(None, 1),
      'a b'.split(maxsplit=0), 'a  b'.rsplit(maxsplit=0), ''.split(','), 'abc'.split('b', -1), 'a\u3000b'.split())
print('a\nb\r\nc\rd\x0be\x1cf\u2028g'.splitlines(), 'x\ny\n'.splitlines(True), 'x\r\n'.splitlines(keepends=True),
      ''.splitlines(), '\n'.splitlines())
print('abc'.center(9, '*'), 'abc'.center(8, '-'), 'abcd'.center(7, '.'), 'ab'.ljust(5, 'é'), 'ab'.rjust(5, '0'),
      'abc'.center(1), '-42'.zfill(6), '+7'.zfill(3), 'abc'.zfill(5), ''.zfill(2), 'é'.zfill(3))
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(2), 'ab\tc\nd\te'.expandtabs(3), '\tx'.expandtabs(0),
      'x\ty'.expandtabs(tabsize=1))
print('a.b.c'.partition('.'), 'a.b.c'.rpartition('.'), 'abc'.partition('x'), 'abc'.rpartition('x'),
      'TestCase'.removeprefix('Test'), 'file.py'.removesuffix('.py'), 'x'.removeprefix(''), 'x'.removesuffix('y'))
print('ß'.casefold(), 'ΣΑΣ'.casefold(), 'Straße'.lower(), 'straße'.upper(), 'ǆ'.title(), 'hello world'.title(),
      "they're bill's friends".title(), 'ABC def'.swapcase(), 'hELLO'.capitalize())
print('  x  '.strip(), 'xxhixx'.strip('x'), '\u3000x\u3000'.strip(), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'),
      'hi'.strip(None), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2),
      'aaaa'.replace('aa', 'b'), 'abc'.replace('b', '', -1))
for expr in ["'a'.center(5, 'xy')", "'a'.center(5, 1)", "'a'.ljust('5')", "'a'.split('')", "'a'.partition('')",
             "'a'.count(1)", "'a'.find()", "'a'.startswith(['a'])", "'a'.index('b')", "'a'.rindex('b')",
             "'a'.strip(1)", "'a'.replace('a')", "'a'.expandtabs('x')", "'a'.zfill()", "'a'.join([1])",
             "'a'.split(1)", "'a'.splitlines(1, 2)", "'a'.removeprefix(1)", "'a'.encode('ascii', 5)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(sorted(n for n in dir(str) if not n.startswith('_')))
