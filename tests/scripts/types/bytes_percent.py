# printf-style formatting of bytes and bytearray.
print(b'%s and %s' % (b'x', bytearray(b'y')), b'%d items' % 5, b'%5d|%-5d|%05d' % (1, 2, 3), b'%x %X %o' % (255, 255, 8))
print(b'%r' % 'caf\xe9', b'%a' % 'x', b'%c%c' % (65, b'B'), b'%.2f %e %g' % (1.5, 1.5, 1.5), b'%%', b'%10s|' % b'hi',
      b'%-4s|' % b'a', b'%.1s' % b'abc', b'%(k)s' % {b'k': b'v'}, bytearray(b'%s!') % b'x', b'%b' % b'z')
for expr in ["b'%s' % 'str'", "b'%s %s' % (b'a',)", "b'%s' % (b'a', b'b')", "b'%c' % 256", "b'%c' % 'a'",
             "b'%d' % 'x'", "b'%z' % 1", "b'%' % ()", "b'%(a)s' % (1,)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
