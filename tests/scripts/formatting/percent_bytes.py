# printf-style % formatting of bytes and bytearray.
cases = [(b'%s', b'x'), (b'%s', bytearray(b'ba')), (b'%b', b'bb'), (b'%r', 'é'), (b'%a', b'\xff'), (b'%d', 42), (b'%5d|', -7), (b'%x', 255),
         (b'%#o', 8), (b'%e', 1.5), (b'%.2f', 2.675), (b'%g', 1e30), (b'%c', 97), (b'%c', b'q'), (b'%%', ()), (b'%s %s', (b'a', b'b')),
         (b'%(k)s', {b'k': b'val'}), (b'%-6s|', b'ab'), (b'%*d', (5, 1)), (b'%.1s', b'xyz'), (b'%i', True), (b'%X', 2**40)]
for fmt, args in cases:
    try:
        print(fmt, '->', fmt % args, bytearray(fmt) % args)
    except Exception as e:
        print(fmt, '->', type(e).__name__, e)
for fmt, args in [(b'%s', 'str'), (b'%s', 5), (b'%d', b'x'), (b'%c', 256), (b'%c', 'a'), (b'%c', b'ab'), (b'%(k)s', {'k': b'v'}),
                  (b'%s', [1]), (b'%y', 1), (b'%s %s', (b'a',)), (b'plain', b'x'), (b'%b', memoryview(b'mv')) if False else (b'%b', 1.5)]:
    try:
        print(fmt, '->', fmt % args)
    except Exception as e:
        print(fmt, '->', type(e).__name__, e)
class B:
    def __bytes__(self):
        return b'from-bytes'
print(b'%s' % B(), b'%b' % B(), b'%r' % B() if False else b'%a' % 1.5, b'[%5s]' % b'r', b'[%-5b]' % b'l')
