# format() of ints with the whole format-spec mini-language.
specs = ['', 'd', '5', '<5', '>5', '^5', '*^7', '+', '-', ' ', '+5', '=+6', '05', '08,', ',', '_', '_b', '_x', '#b', '#o', '#x', '#X',
         'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', '.2f', 'g', 'G', '%', '.1%', '#010x', '+#x', '0=8', 'x<+#10_x', '10.3e', ',.2f',
         '^+10,', '020_', ' 010', '#_o', '>010', '=10', '.0f', '.3g', '#.3g', '012,', ',d', '_d']
for v in [0, 7, -7, 255, -255, 1234567, -1234567890123, 2**70, True]:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)
for spec in ['q', '.2d', ',c', '_c', '+c', '#c', ',n', '_n', ',_', '_,', 'z', 'zd', '=s', 's', '.5', '%5', '1.2.3', '<<<', '-c']:
    try:
        print(spec, '->', repr(format(42, spec)))
    except Exception as e:
        print(spec, '->', type(e).__name__, e)
for v in [-1, 0x110000, 65, 0x1F600]:
    try:
        print(v, repr(format(v, 'c')))
    except Exception as e:
        print(v, type(e).__name__, e)
