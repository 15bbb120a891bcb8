# str.format: positional, automatic and keyword fields, attribute and index lookups, nested specs, conversions, errors.
class Pt:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return 'Pt()'
    def __str__(self):
        return 'point'
p = Pt()
print('{} {} {}'.format(1, 'a', None), '{1}{0}{1}'.format('a', 'b'), '{name}-{0}'.format(7, name='n'), '{0.x} {0.y[1]}'.format(p))
print('{d[key]} {d[0]} {l[2]}'.format(d={'key': 'v', 0: 'zero'}, l='abc'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2),
      '{0:{1}}'.format('x', '>4'), '{!r} {!s} {!a}'.format(p, p, 'é'), '{0!r:>8}'.format('ab'), '{{}} {{{}}}'.format(5))
print('{:{}{}{}}'.format(42, '*', '^', 9), '{0[0]}{0[1]}'.format('xy'), '{.real}'.format(3), '{[1]}'.format([5, 6]),
      '{0:%Y}'.format(type('D', (), {'__format__': lambda self, s: 'fmt:' + s})()), '{:,}'.format(10**9), '{:_x}'.format(2**32))
print('{a}{b}'.format_map({'a': 1, 'b': 2}), 'x{}y'.format(''), '{:}'.format(1), '{0:}'.format('s'), '{!s:}'.format(1.5))
class Missing(dict):
    def __missing__(self, key):
        return f'<{key}>'
print('{known} {unknown}'.format_map(Missing(known='k')))
for tmpl, args, kwargs in [('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{0}', (), {}), ('{a}', (), {}), ('{} {0}', (1,), {}),
                           ('{0} {}', (1,), {}), ('{!x}', (1,), {}), ('{!}', (1,), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}),
                           ('{0[a]}', ({},), {}), ('{0[a]}', ([1],), {}), ('{:d}', ('s',), {}), ('{:>{}}', ('a',), {}),
                           ('{0:{1:{2}}}', (1, 2, 3), {}), ('{x.}', (), {'x': 1}), ('{0]}', (1,), {}), ('{:s}', (1,), {}),
                           ('{a b}', (), {'a b': 5}), ('{-1}', (), {'-1': 'neg'}), ('{0[-1]}', ([1, 2],), {}), ('{ }', (), {' ': 'sp'}),
                           ('{0!r', (1,), {}), ('{0:}}', (1,), {}), ('{10}', tuple(range(11)), {}), ('{0[]}', ([1],), {})]:
    try:
        print(repr(tmpl), '->', repr(tmpl.format(*args, **kwargs)))
    except Exception as e:
        print(repr(tmpl), '->', type(e).__name__, e)
