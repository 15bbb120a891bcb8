# range: slicing, index, count, reversed, equality, huge lengths, repr and errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["range(10)[2:8:2]", "range(10)[::-1]", "range(0, 20, 3)[::-2]", "range(5)[10:]", "range(1, 10, 2)[-1]",
             "range(10)[-11]", "range(10)[10]", "range(10).index(3)", "range(0, 10, 3).index(4)", "range(10).count(3)",
             "range(10).count(3.0)", "range(10).count('a')", "range(10).index(3.0)", "list(reversed(range(1, 10, 4)))",
             "list(reversed(range(0)))", "range(0) == range(5, 2)", "range(0, 3, 2) == range(0, 4, 2)", "range(1) == range(1, 2, 5)",
             "range(3) == [0, 1, 2]", "hash(range(0)) == hash(range(3, 1))", "len(range(10**20))",
             "range(-5, 5)[::3]",
             "range(5).start", "range(1, 5, 2).step", "range(3).stop", "range(1.5)", "range('a')", "range(1, 2, 0)",
             "range()", "range(1, 2, 3, 4)", "range(3)['a']", "range(3)[1.0]", "range(-3)", "list(range(10, 0, -3))",
             "3 in range(0, 10, 3)", "4 in range(0, 10, 3)", "-1 in range(5)", "'a' in range(5)", "range(5) < range(6)",
             "bool(range(0))", "bool(range(2))", "range(True, 3)", "min(range(3, 9))", "max(range(3, 9, 4))", "sum(range(101))",
             "range(3).__len__()", "range(10**20).__len__()", "repr(range(0, 5, 1))",
             "str(range(-2, 7, 3))", "range(5)[slice(None, None, -2)]", "range(0, 1)[0]", "range(1, 2)[2**70:]",
             "list(range(-10, -20, -4))", "range(10)[1:-1][2:]", "range(5).index(7)"]:
    show(expr)
r = iter(range(3))
print(next(r), list(r), list(r))
