# Floats printed inside containers, via str(), repr(), format(), %s and %r use the shortest round-trip form.
vals = [0.1, 1/3, 2/3, 1e16, 1.0, 1e-4, 1e-5, 123456789.123456789, 1.1e-10, 9.999999999999999e22, 5e-324]
print(vals)
print([str(v) for v in vals])
print(['%s' % v for v in vals])
print(['%r' % v for v in vals])
print(['{}'.format(v) for v in vals])
print([f'{v}' for v in vals])
print([format(v, '') for v in vals])
print([format(v, 'r') if False else format(v, 'g') for v in vals])
print((0.5, -0.5), {1.5: 2.5}, {0.25}, complex(0.1, 0.2), [complex(1e16, -1e-5)], str(1e16 + 1), repr(-1e-300))
