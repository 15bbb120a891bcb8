# f-strings: nested replacement fields, conversions, the = debugging form, format specs and expressions.
import math
x, name, items = 42, 'coil', [1, 2, 3]
width, prec = 10, 3
print(f'{x=}', f'{x = }', f'{x=:>6}', f'{name=!r}', f'{name=!s}', f'{x * 2 = }', f'{items[1]=}', f'{math.pi=:.2f}', f'{name!a}')
print(f'{math.pi:{width}.{prec}f}|', f'{name:{"^"}{width}}|', f'{x:{"#x" if x else "d"}}', f'{x:0{width}b}', f'{"é"!a}')
print(f'{"nested " f"{x}"}', f'{[y * 2 for y in items]}', f'{ {"k": x} }', f'{(lambda v: v + 1)(x)}', f'{x if x > 40 else -x}')
print(f'{{literal}}', f'{{{x}}}', f'a{""}b', f'{x!r:^8}|', f'{3.0!s:>5}', f'{-5:+}', f'{1e10:,.0f}', f'{0.5:.0%}', f'{x:c}')
print(f'{"tab":\u003e6}', f'{name[::-1]}', f'{name.upper()=}', f'{len(items)}', f'''{
    x
}''', f'{x:{""}}', f'{"a" "b"}', F'{x}', rf'\n{x}', fr'{x}\t')
d = {'a': 1}
print(f"{d['a']}", f'{d["a"]}', f'{x:#_b}', f'{-0.0:z.1f}', f'{12345.678:_.1f}', f'{True!r}', f'{None!s:4}|', f'{b"x"!r}')
class T:
    def __format__(self, spec):
        return f'T[{spec}]'
    def __repr__(self):
        return 'T()'
t = T()
print(f'{t}', f'{t:abc}', f'{t!r}', f'{t!r:>5}', f'{t=}', f'{t=:spec}', f'{t = !r}')
for src in ["f'{x:q}'", "f'{name:d}'", "f'{x!r:d}'", "f'{undefined_name}'", "f'{1/0}'", "f'{x:{1.5}}'", "f'{items:>5}'"]:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
