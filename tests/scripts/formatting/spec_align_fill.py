# Fill and alignment details: '=' padding after the sign, unusual fill characters, width from nested fields, huge widths.
for v in [42, -42, 3.5, -3.5, 2**65, -0.0]:
    print([format(v, s) for s in ['=8', '0=8', '*=+8', '<08', '>08', '^08', 'x=10', '=08,', '+=10', ' =9']])
print([format('s', f) for f in ['{<3', '}>3', '0^5', ' <3', '\u00e9>4']])
print(['{:{}{}{}}'.format('v', fill, align, w) for fill, align, w in [('*', '<', 4), ('-', '^', 5), ('%', '>', 3)]])
print('{:{fill}{align}{width}}'.format(7, fill='.', align='>', width=5), f'{7:{"."}{">"}{5}}', '{0:{0}}'.format(3))
for spec in ['99999999999999999999d', '.99999999999999999999f', '%d' % (2**63)]:
    try:
        print(len(format(1, spec)) if 's' not in spec else len(format('x', spec)))
    except Exception as e:
        print(type(e).__name__, e)
print(len(format(1, '1000')), len(format(1.5, '.500f')), format(1, '01'), format(-1, '01'), format('', '^0'), format(1.0, '=+0'))
for spec in ['<<5', '<=5', '=', '^=5', '0', '00', '#', '+-', '+ ', ' +', '-+5', 'zz', '#,', ',#', '0,', ',0', '.', '.f', 'f.', '5.']:
    try:
        print(repr(spec), [format(v, spec) for v in (12, 1.5)])
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
