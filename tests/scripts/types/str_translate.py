# str.translate, str.maketrans (its three forms and their errors) and str.format_map.
print(str.maketrans({'a': 1, 98: 'x', 'c': None}), str.maketrans('ab', 'xy'), str.maketrans('ab', 'xy', 'z'),
      ''.maketrans('a', 'b'))
t = str.maketrans('abc', 'ABC', 'x')
print('abcxyz'.translate(t), 'aaa'.translate({97: 'bb'}), 'abc'.translate({97: None, 98: 100}),
      'héllo'.translate({ord('é'): 'e'}), 'abc'.translate(['x'] * 98), 'abc'.translate({}), ''.translate(t))
for expr in ["str.maketrans()", "str.maketrans(1)", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})",
             "str.maketrans('ab', 'x')", "str.maketrans(1, 'a')", "str.maketrans('a', 'b', 3)", "str.maketrans('a', 2)",
             "'abc'.translate({97: 1.5})", "'abc'.translate({97: 0x110000})", "'abc'.translate({97: -1})",
             "'abc'.translate(5)", "'abc'.translate()", "'a'.maketrans('a', 'b', 'c', 'd')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{a[0]}.{b.real}'.format_map({'a': [5], 'b': 3}),
      '{x:>5}|{x!r}'.format_map({'x': 'hi'}), '{{literal}}'.format_map({}), '{a:{w}}|'.format_map({'a': 1, 'w': 4}))
for expr in ["'{a}'.format_map({})", "'{0}'.format_map({})", "'{}'.format_map({})", "'x'.format_map()",
             "'{a}'.format_map(5)", "'{a'.format_map({})"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
