# Powers with big results, negative exponents, str() of huge ints and 3.11's digit limit.
print(2 ** 200, (-3) ** 41, 7 ** 0, 0 ** 0, (-1) ** 10**20, 10 ** -2, 2 ** -1, (-2) ** -3, 0.5 ** 2, 4 ** 0.5)
print(len(str(3 ** 5000)), str(3 ** 5000)[:20], str(3 ** 5000)[-20:], (3 ** 5000) % 1000003)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10**9 + 7), pow(0, 0, 1), pow(5, 0, 1))
print(pow(3, -1, 7), pow(2, -3, 11), pow(-4, -1, 9), pow(10**30 + 1, -1, 10**9 + 7))
for expr in ['0 ** -1', '0.0 ** -1', 'pow(2, -1, 4)', 'pow(2, 3, 0)', 'pow(2.0, 3, 5)', 'pow(2, 3.0, 5)', '(-8) ** (1/3)',
             'pow(1, 2, 3, 4)', "pow('a', 2)", '10.0 ** 400', '2 ** 10000.5', 'pow(0, -1, 5)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
big = 10 ** 4299
print(len(str(big)), len(repr(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError', e)
try:
    f'{10 ** 5000}'
except ValueError as e:
    print('ValueError', e)
print(hex(10 ** 5000)[:10], len(bin(2 ** 20000)), int('7' * 4300) % 97)
