# io.BytesIO: write, getvalue, read, seek, tell, readline and iteration over lines.
import io
b = io.BytesIO()
print(b.write(b'hello\n'), b.write(bytearray(b'world\n')), b.tell(), b.getvalue())
b.seek(0)
print(b.readline(), b.read(3), b.read(), b.read(), b.tell())
b.seek(2)
b.write(b'XY')
print(b.getvalue(), list(io.BytesIO(b'a\nb\nc')), io.BytesIO(b'abc').read(-1), io.BytesIO(b'a\nb').readlines())
c = io.BytesIO(b'0123456789')
print(c.seek(-3, 2), c.read(), c.seek(2), c.read(2), c.seek(1, 1), c.read(1), c.truncate(5), c.getvalue(), c.tell())
with io.BytesIO(b'ctx') as d:
    print(d.read(), d.closed)
print(d.closed, type(b).__name__)
for op in [lambda: d.read(), lambda: io.BytesIO('str'), lambda: io.BytesIO().write('str'), lambda: io.BytesIO().seek(-1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
