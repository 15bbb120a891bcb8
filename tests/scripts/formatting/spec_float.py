# format() of floats: types e E f F g G n %, precision, alternate form, signs, zero padding, grouping, z.
specs = ['', 'f', '.0f', '.1f', '.10f', 'F', 'e', '.0e', '#.0e', 'E', '.3E', 'g', '.0g', '.1g', '.2g', '#g', '#.3g', 'G', '.12g',
         '%', '.0%', '.2%', 'n', '+', ' ', '+.2f', '08.2f', '-08.2f', '+010.3f', ',', ',.2f', '_.3f', '^12.3f', '*<12', '#', '#.0f',
         '.3', '.1', '=+12.4', 'z', 'z.1f', 'z.0f', '+z.1f', 'z.2e', 'z.3g', 'z%', '.50f', '20.10e', ',.0f', '_g', ',e', '012.4e']
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, -0.00001234, 1e16, 1.5e300, 5e-324, 2.5, 3.5, 0.125, 1234567.891,
        float('inf'), -float('inf'), float('nan'), -0.04, 1e-5, 123456789.0]
for v in vals:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), out)
for spec in ['d', 'x', 'c', 'b', 'o', 's', ',n', 'q', '#x', '.2d', '_n', '=', '0=']:
    try:
        print(spec, '->', repr(format(1.5, spec)))
    except Exception as e:
        print(spec, '->', type(e).__name__, e)
print(format(1e100, '.3f')[:20], len(format(1e100, 'f')), format(2**0.5, '.60f'), format(1/3, '.17g'), format(0.1, '.30f'))
