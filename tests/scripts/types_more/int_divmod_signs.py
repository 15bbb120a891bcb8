# Floor division, modulo and divmod with every sign combination, small and big, int and float.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20),
         (10**20, 7), (-10**20, 7), (10**20, -7), (-10**20, -(10**10)), (2**63, -1), (-2**63, -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), -(a // -b) if b else None)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (5, 0.5),
          (1e300, 1e-300), (3.0, float('inf')), (-3.0, float('inf')), (3.0, -float('inf')), (float('inf'), 3.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
for expr in ['1 // 0', '1 % 0', 'divmod(1, 0)', '1.0 // 0', '1 % 0.0', 'divmod(1.5, 0)', '10**30 // 0',
             '5 // 0.0', '0 % 0', '1 / 0', '1.0 / 0.0', '10**400 / 1', '10**400 / 10**399', '1 / 10**400',
             '(10**400) // 1.0', 'divmod(10**20, 3.0)', '2**1024 % 1.0']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(7 / 2, -7 / 2, 10**20 / 10**10, 2**53 + 1 == (2**53 + 1) / 1, (2**80) / (2**79), 1 / 3)
