# format() and f-strings of complex numbers.
vals = [1 + 2j, 1.5 + 2j, 3j, -3j, complex(-0.0, 3), complex(1e20, 3), complex(-1.25, -0.5),
        complex(float('nan'), float('-inf')), 1e-7 + 1e7j, complex(0.1, 0.2)]
specs = ['', '.2f', '>20', '<20', '^20', '*^24', '.3', 'g', '.2', 'e', '+.1e', 'E', 'F', 'G',
         ' g', '+', ',.2f', '_.3f', 'n', '#g', '.0f', 'z.2f', '10.1f', 'x>30.4g']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for s in ['=10', '010', '%', 'd', 'x', 's', 'c']:
    try:
        print(format(1 + 2j, s))
    except ValueError as e:
        print('ValueError', e)
z = 2.5 - 1j
print(f'{z}', f'{z!r}', f'{z:.1f}', f'{z:>15}', f'{z=}', '{:.3e}'.format(z), '{0.real} {0.imag}'.format(z))
print(str(z), repr([z, 1j]), '%s %r' % (z, z))
