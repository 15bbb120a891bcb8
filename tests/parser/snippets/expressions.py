a or b or c
a and b and c or d
not a
not not a
a < b <= c > d >= e == f != g
a in b not in c is d is not e
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
-a + +b * ~c
a ** -b ** c
(a + b) * c
x.y.z
x[1]
x[1:2]
x[::2]
x[1:2, 3]
x[:, None]
x[a:b:c]
x[*a]
x[*a, b]
x[1,]
x[()]
x[i := 0]
f()
f(a)
f(a, b)
f(*a, **b)
f(a=1, *b, c=2, **d)
f(x for x in y)
f((x for x in y), z)
f(a)(b)(c)
f(y := 1)
(x := 5)
[y := 1, 2]
a if b else c if d else e
lambda: (yield)
(yield)
(yield x)
()
(1,)
(1, 2)
[]
[1, 2, *a]
{}
{1: 2, 'a': b, **c}
{1, 2, *a}
[x for x in y]
[x for x in y if x if not z for w in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x async for x in y]
[(a, b) for a in range(3) for b in range(a)]
...
None, True, False
a.b(c).d[e]
print(*args, sep='')
