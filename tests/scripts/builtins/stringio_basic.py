# io.StringIO: write, getvalue, read, seek, tell, readline, iteration, and print(file=...).
import io
buf = io.StringIO()
print('hello', 'world', file=buf)
print(1, 2, 3, sep=',', end='!\n', file=buf)
n = buf.write('tail')
print(repr(buf.getvalue()), n, buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), buf.tell(), repr(buf.read()), repr(buf.read()), repr(buf.readline()))
s = io.StringIO('line1\nline2\r\nline3')
print(list(s), s.tell())
s.seek(0)
print(s.readlines(), s.seek(2), repr(s.read(2)), s.readable(), s.writable(), s.seekable(), s.closed)
s = io.StringIO('abcdef')
s.seek(3)
s.write('XY')
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(10)
s.write('Z')
print(repr(s.getvalue()))
s.truncate(4)
print(repr(s.getvalue()), s.tell())
s.seek(0)
s.truncate()
print(repr(s.getvalue()))
u = io.StringIO('é✓𝄞 text')
print(u.read(2), u.tell(), u.read(), len(u.getvalue()))
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for op in [lambda: c.read(), lambda: c.write('x'), lambda: c.getvalue(), lambda: c.tell()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
for op in [lambda: io.StringIO(5), lambda: io.StringIO().write(5), lambda: io.StringIO().seek(-1),
           lambda: io.StringIO().seek(1, 1), lambda: io.StringIO('a').read('x')]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
lines = io.StringIO('a\nb\n')
print(next(lines), [l for l in lines], lines.readline() == '', io.StringIO('x\ny').readline(1), io.StringIO('abc').read(-1))
w = io.StringIO()
w.writelines(['a', 'b\n', 'c'])
print(repr(w.getvalue()), w.seek(0, 2), type(w).__name__, isinstance(w, io.StringIO), io.StringIO(newline='').getvalue() == '')
import sys
old = sys.stdout
sys.stdout = captured = io.StringIO()
print('captured line')
sys.stdout = old
print(repr(captured.getvalue()))
