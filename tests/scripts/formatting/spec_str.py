# format() of strings and of other objects through __format__, and format-spec errors.
specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '5.1', '>10.3', '✓^9', '0>4', '<0', '.0', '-<4', '0<5', '05']
for v in ['', 'ab', 'héllo', 'abcdefghij', '✓']:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), out)
for spec in ['d', '+', ' ', '#', ',', '_', '=5', 'x', 'z', 'q', '%', '+5s', '05s', 'c', 'n', 'e']:
    try:
        print(spec, '->', repr(format('ab', spec)))
    except Exception as e:
        print(spec, '->', type(e).__name__, e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'bad':
            raise ValueError('no bad specs')
        return f'${self.cents / 100:{spec or ".2f"}}'
class Plain:
    def __repr__(self):
        return 'Plain()'
class BadFormat:
    def __format__(self, spec):
        return 5
m = Money(12345)
print(format(m), format(m, '.1f'), f'{m}', f'{m:>10.0f}', '{:,.2f}'.format(m), '{0:x<6}'.format(Plain()) if False else format(Plain()))
for obj, spec in [(m, 'bad'), (Plain(), 'x'), (Plain(), '>5'), (BadFormat(), ''), (None, 'x'), ([1], '5'), ((1,), ''), (None, '')]:
    try:
        print(repr(format(obj, spec)))
    except Exception as e:
        print(type(e).__name__, e)
print(format(None), format([1, 2]), format({'a': 1}), format(1+2j), format(1+2j, '>12'), format(1+2j, '.2f'), format(True, '^7'),
      format(b'x'), format(range(3)), format(..., ''), format(type))
