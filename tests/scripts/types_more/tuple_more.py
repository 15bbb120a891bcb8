# tuple operations, hashing, comparison, count/index and errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

t2 = (1, 2)
for expr in ["()", "(1,)", "tuple('abc')", "tuple([1, 2])", "tuple(range(3))", "(1, 2) + (3,)", "(1,) * 3", "0 * (1,)",
             "(1, 2, 3)[::-1]", "(1, 2, 3)[1:]", "(1, 2, 1).count(1)", "(1, 2, 1).index(1, 1)", "(1, 2).index(5)", "(1,)[3]",
             "(1, 2) < (1, 2, 3)", "(1, 'a') < (1, 2)", "(2,) > (1, 'x')", "hash((1, 2)) == hash((1, 2))", "hash((1, [2]))",
             "(1, 2) + [3]", "(1,) * 1.5", "tuple(1)", "(1, 2) == [1, 2]", "((1, 2), (3,)) == ((1, 2), (3,))", "len(())",
             "(1, 2).__getitem__(slice(0, 1))", "tuple.__new__(tuple, 'ab')", "(1, (2, [3]))", "((),)", "repr((1,))",
             "max((3, 1, 2))", "(1,2,3)[-4]", "t2[0.0]", "(1, 2, 3)[True]", "() == ()", "(1,).__len__()",
             "tuple.count((1,))", "(1, 2).count(1, 2)", "divmod(*(7, 2))", "(*'ab', *[1])", "(1, 2) in [(1, 2)]"]:
    show(expr)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print('TypeError', e, t)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
a, *b, c = (1, 2, 3, 4)
print(a, b, c)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print('ValueError', e)
try:
    x, y, z = (1,)
except ValueError as e:
    print('ValueError', e)
try:
    x, *y, z = (1,)
except ValueError as e:
    print('ValueError', e)
