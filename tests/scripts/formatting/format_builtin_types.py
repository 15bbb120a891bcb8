# format() and f-strings over builtin containers and numbers with empty and width-only specs.
vals = [None, True, 3, -2.5, 1e100, 'txt', b'by', [1, 'a'], (1,), {'k': 1}, {2}, range(3), 1 + 2j]
for v in vals:
    print(repr(format(v, '')), f'{v}', f'{v!r}', '{}'.format(v), '%s' % (v,))
for v in [3, -2.5, 'txt', 1 + 2j, True]:
    print(repr(format(v, '>8')), repr(format(v, '<8')), repr(format(v, '^8')), f'[{v:*^9}]')
print(f'{3:{"<"}{5}}|', f'{"x":{"*"}{">"}{3}}', '{:{}}'.format(1.5, 6), '{0:{1}.{2}}'.format(3.14159, 8, 3))
