# complex: literals, construction, repr and attributes.
vals = [1j, 2j, 0j, -0j, 1 + 2j, 1.5 - 2.5j, complex(-0.0, -1), complex(1e16, 2.5),
        complex(float('nan'), float('inf')), complex(0, -0.0), complex(-0.0, 0), 1e300j * 1e10,
        complex(1, 1e-5), complex(123456789012, 3)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate())
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(real=4, imag=5))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1j), complex(2 ** 1000))
for s in ['1+2j', ' ( 3-4j ) ', '1e3j', '-j', 'j', '+J', 'nan', 'infj', '-inf-infj', '1_0j', '.5', '5.',
          '1.5e-3+2.5E+2j', '(1)', '  7  ', 'infinity+nanj']:
    print(repr(s), complex(s))
for s in ['', '1+', '1__0j', '(1', '1)', 'j1', '1+2', '1 + 2j', 'x', '1jj', '()', '1e', '+-1j']:
    try:
        print(complex(s))
    except ValueError as e:
        print('ValueError', e)
for args in [([],), (1, '2'), ('1', '2'), ('1', 2), (None,), (1, None), (1, 2, 3)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    complex(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
print(type(1j).__name__, isinstance(1j, complex), type(complex('1')) is complex)
