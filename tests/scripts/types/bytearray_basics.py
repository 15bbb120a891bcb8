# bytearray: construction, repr, mutation, slicing and operators.
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([65, 66, 67]), bytearray('hé', 'utf-8'),
      bytearray(range(3)), bytearray(bytearray(b'x')), bytearray(x for x in b'hi'), repr(bytearray(b"it's")))
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b' world')
ba.extend([33, 63])
ba.extend(bytearray(b'.'))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 72)
ba.insert(100, 46)
ba.insert(-1, 44)
print(ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
c = ba.copy()
ba.clear()
print(ba, c, c is not ba)
x = bytearray(b'0123456789')
x[0] = 65
x[-1] = 66
print(x)
x[1:3] = b'xyz'
print(x)
x[1:4] = []
print(x)
x[::2] = b'_' * len(x[::2])
print(x)
del x[0]
print(x)
del x[::3]
print(x)
del x[2:4]
print(x)
x[len(x):] = b'end'
x[:0] = bytearray(b'start')
print(x)
x[2:2] = range(65, 68)
print(x)
x[5:1] = b'!'
print(x)
y = bytearray(b'ab')
y[0:0] = y
print(y)
a = bytearray(b'ab')
b = a
a += b'cd'
print(a, b, a is b)
a *= 2
print(a, b, a is b)
a += bytes(a)
print(a)
print(bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'), type(b'ab' + bytearray(b'cd')).__name__,
      bytearray(b'xy') * 3, 2 * bytearray(b'z'), bytearray(b'q') * -1)
z = bytearray(b'abcdef')
print(z[0], z[-1], z[1:3], z[::-1], z[::2], type(z[1:2]).__name__, list(z[:3]), 99 in z, b'cd' in z, bytearray(b'de') in z)
print(z == b'abcdef', b'abcdef' == z, z == bytearray(b'abcdef'), z < b'abd', z > bytearray(b'abc'), z != 'abcdef')
print(bytes(z), bytes(z) == z, z.decode(), str(z), len(z), bool(bytearray()), bool(z))
it = iter(bytearray(b'xy'))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
w = bytearray(b'  Hello World  ')
print(w.strip(), w.upper(), w.split(), w.find(b'World'), w.replace(b'l', b'L'), w.title(), w.center(20, b'*'),
      w.partition(b'o'), w.hex(), bytearray.fromhex('41 42'), w.startswith(b'  H'), w.count(b'l'), w.isspace())
print(type(w.strip()).__name__, type(w.split()[0]).__name__, type(w.partition(b'o')[0]).__name__,
      type(b'-'.join([bytearray(b'a')])).__name__, type(bytearray(b'-').join([b'a'])).__name__)
print(bytearray(b'a').join([b'x', b'y']), bytearray(b'abc').translate(bytes.maketrans(b'a', b'A')))
