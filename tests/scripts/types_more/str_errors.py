# Error messages raised by str operations and methods.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["'abc'.index('z')", "'abc'.rindex('z')", "'a'.join(['b', None])", "'a'.join([b'x'])",
             "'x'.split(None, 'a')", "'x'.encode('no-such-codec')", "'é'.encode('ascii')", "b'\\xff'.decode('utf-8')",
             "b'\\xff'.decode('ascii')", "'x'.center()", "'x'.count()", "'abc'.replace(1, 2)", "'abc'.startswith(1)",
             "'abc'.endswith((1,))", "str(b'a', 'utf-8', 'strict', 1)", "'{}'.format()",
             "'{0}{1}'.format(1)", "'{a}'.format(b=1)", "'{'.format(1)", "'}'.format(1)", "'{0!x}'.format(1)",
             "'{:d}'.format('a')", "'abc'.upper(1)", "str.upper(1)", "str.join('a')",
             "'a'.zfill('3')", "ord('')", "ord('ab')", "ord(1)", "'a'.removeprefix()", "'abc'.rsplit('')",
             "'x' < None", "'abc'.split(maxsplit='1')", "'%s %s' % ('a',)",
             "'%s' % ('a', 'b')", "'%(x)s' % {'y': 1}", "'%d' % 'x'", "'%c' % 'ab'", "'%z' % 1", "'%' % ()",
             "'abc'.expandtabs(2, 3)", "'x'.isdigit(1)", "hash('abc') == hash('abc')", "len('a', 'b')"]:
    show(expr)
try:
    exec("'abc'[1] = 'x'")
except TypeError as e:
    print('TypeError', e)
try:
    exec("del 'abc'[0]")
except TypeError as e:
    print('TypeError', e)
