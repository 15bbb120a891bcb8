# bytearray mutation: slice assignment, extend, insert, pop, remove, in-place ops and their errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

b = bytearray(b'hello')
b[0] = 72
b[1:3] = b'EY'
b[-1:] = b'O!!'
print(b, len(b))
b[::2] = b'abcd'
print(b)
del b[1:3]
print(b)
b.extend(b'xyz')
b.extend([1, 2])
b.append(33)
b.insert(0, 64)
b.insert(-1, 35)
print(b, b.pop(), b.pop(0), b)
b.remove(120)
b.reverse()
print(b)
b += b'++'
b *= 2
print(b, b.count(b'+'), b.find(b'++'), b.rfind(b'+'))
c = bytearray(b'abc')
c[1:2] = []
print(c, c.copy(), c == b'ac', c.hex(), bytearray.fromhex('ff 00'), c.upper(), c.decode(), bytearray(3), bytearray('é', 'utf-8'))
c.clear()
print(c, bytearray(b'x') * 3, bytearray(b'ab') + b'cd', b'cd' + bytearray(b'ab'), type(b'cd' + bytearray(b'ab')).__name__)
for expr in ["bytearray(b'a').pop(5)", "bytearray().pop()", "bytearray(b'a').remove(98)", "bytearray(b'a').append(256)",
             "bytearray(b'a').append('a')", "bytearray(b'abc').__setitem__(0, -1)", "bytearray(b'abc').__setitem__(slice(None, None, 2), b'x')",
             "bytearray(b'abc').index(122)", "hash(bytearray())", "bytearray(b'a').extend(5)", "bytearray(b'a').extend([1, 'x'])",
             "bytearray(b'abc')[5]", "bytearray(b'abc').__delitem__(7)", "bytearray(b'%d') % 5", "bytearray(b'abc').insert(0, 300)",
             "bytearray(b'a b').split()", "bytearray(b'ab').translate(None, b'a')", "bytearray(b'abc') < bytearray(b'abd')",
             "bytearray(b'x').isupper()", "bytearray(range(250, 256))", "bytearray(b'abc')[::-1]", "repr(bytearray(b\"'\"))",
             "bytearray(b'a').__iadd__('b')", "bytearray(b'q').zfill(3)", "bytearray(b'abc').removesuffix(b'c')"]:
    show(expr)
