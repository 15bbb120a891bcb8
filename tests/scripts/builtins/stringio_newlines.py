# io.StringIO newline modes, readline limits, readlines hints, and use as a print target in loops.
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()))
w = io.StringIO(newline='\r\n')
w.write('x\ny\n')
print(repr(w.getvalue()))
s = io.StringIO('alpha\nbeta\ngamma\n')
print(repr(s.readline(3)), repr(s.readline()), s.readlines(1), s.readlines())
out = io.StringIO()
for i in range(3):
    print(i, i * i, sep=':', file=out)
print(out.getvalue().splitlines(), out.tell(), len(out.getvalue()))
try:
    io.StringIO(newline='x')
except ValueError as e:
    print('ValueError', e)
print(io.StringIO('abc').read(None), io.StringIO('abc').readline(None), io.StringIO().getvalue() == '')
