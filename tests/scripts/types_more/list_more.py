# list methods and operators beyond the basics, with their errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

a = [5, 3, 8, 1]
a[1:3] = [9, 9, 9]
print(a)
a[::2] = ['x', 'y', 'z']
print(a)
a[len(a):] = [7]
del a[::2]
print(a)
a[:0] = 'ab'
print(a, a * 2, 2 * a[:1], a + [1], a.index(7), a.count(9))
a.sort(key=str, reverse=True)
print(a)
b = [3, 1, 2]
b *= 2
b += (4,)
b.extend(range(2))
print(b, sorted(b), b.copy() == b, b.copy() is b)
b.sort()
print(b, b.index(2, 4), b.pop(-2), b.insert(100, 'end'), b.insert(-100, 'start'), b)
b.reverse()
b.remove(1)
print(b, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [[1]] == [[1]], [1, 'a'] == [1, 'a'])
for expr in ["[].pop()", "[1].pop(5)", "[1, 2].index(3)", "[1].remove(2)", "[1, 2, 3].index(1, 1)", "[1][2]",
             "[1] + (2,)", "[1] * 'a'", "[1] * -1", "[3, 'a'].sort()", "sorted([1, None])", "[1] < ['a']", "hash([])",
             "[1, 2].__setitem__(slice(None, None, 2), [1, 2])", "[].insert('a', 1)", "list(5)", "list('ab', 'c')",
             "[1,2,3][::-1]", "[1,2,3][5:1:-1]", "[0]*3 == [0, 0, 0]", "list(range(5))[1::2]", "[1].__delitem__(3)",
             "[].sort(key=1)", "[2, 1].sort(None)", "[1].sort(reverse=None)", "[1, 2].count()", "[].extend(1)",
             "list.append([], 1, 2)", "[1,2,3].__contains__(2)", "[1] == None", "[[]] * 2", "[] != ()", "[1,2].__reversed__().__next__()"]:
    show(expr)
c = [1, 2]
c.append(c)
print(c, repr(c), c == c)
x = [3, 1, 2]
print(sorted(x, key=lambda v: -v), x, sorted(['b', 'A', 'c'], key=str.lower), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
try:
    x.sort(key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, x)
def bad_key(v):
    x.append(v)
    return v
try:
    x.sort(key=bad_key)
except ValueError as e:
    print('ValueError', e)
