# f-strings nested inside f-strings, with conversions, dict access and method calls in fields.
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('melon', 3.0, 1)]
for name, price, qty in rows:
    print(f'{name:<8}|{price:>6.2f}|{qty:>3}|{price * qty:>7.2f}|{f"{qty} x {name}":>14}')
data = {'key': [1, 2, 3], 'n': 3}
print(f"{data['key'][1:]}", f"{len(data['key']):03d}", f"{'-'.join(str(x) for x in data['key'])}", f"{data!r:.10}")
width = 12
print(f'{"centered":^{width}}|', f'{"left":<{width // 2}}|', f'{3.14159:.{data["n"]}f}', f'{255:#0{width}x}')
print(f'{"a" + "b"!r}', f'{[f"{i}{j}" for i in "ab" for j in "12"]}', f'{ {k: v for k, v in [(1, 2)]} }')
