# list slice assignment, deletion and extended slices with steps of both signs.
a = list(range(10))
a[2:5] = ['a']
print(a)
a[::3] = [None] * len(a[::3])
print(a)
a[::-2] = range(len(a[::-2]))
print(a)
del a[1::2]
print(a)
b = list(range(6))
b[1:1] = [9, 9]
b[-1:] = []
b[len(b):] = [7, 8]
print(b, b[-3:-1], b[::-3], b[5:1:-1], b[100:], b[-100:2])
c = [1, 2, 3]
c[:] = c + c
print(c)
c[1:3] = c
print(c)
for bad in ["c[::2] = [1]", "c[::0]", "c[1:2] = 5", "del c[::0]"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
m = [[0] * 2] * 2
m[0][0] = 1
print(m, [[0] * 2 for _ in range(2)])
