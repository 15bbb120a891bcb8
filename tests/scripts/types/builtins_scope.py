# vars(), dir(), globals() and locals() with and without arguments, and format().
import math
x = 1
def f(a, b=2):
    c = 3
    print(dir(), sorted(vars().items()), sorted(locals()))
f(1)
print([n for n in dir() if not n.startswith('__')], 'x' in vars(), 'f' in globals(), vars() is globals())
print('sqrt' in dir(math), 'pi' in vars(math), dir(math) == sorted(dir(math)), 'append' in dir([]), 'keys' in dir({}))
print(format(5, '03d'), format(1.5), format('x', '>3'), format(2 + 3j, '^10'), format(1234567, ','), format(0.5, '%'))
for expr in ['vars(1)', 'vars(1, 2)', 'dir(1, 2)', 'format(1, 2)', 'format()', "format(1, 'x', 3)", "format('a', 'd')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
