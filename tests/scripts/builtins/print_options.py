# print(): sep, end, file, flush, and its argument errors.
import sys
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('x', end='')
print('y', end='!\n')
print('no', 'sep', sep=None, end=None)
print(1, 2, sep='\n')
print()
print(sep='x')
print('to stderr', file=sys.stderr)
print('to stdout', file=sys.stdout, flush=True)
print('default file', file=None)
print(*[1, 2, 3], sep=', ', end=' .\n')
print(*'abc')
print('é', '✓', 1.5, None, [1], {'a': 1})
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print('hello', 'world', sep='+', end='|', file=w)
print(w.parts)
class Str:
    def __str__(self):
        return 'custom-str'
    def __repr__(self):
        return 'custom-repr'
print(Str(), [Str()])
for kwargs in [{'sep': 1}, {'end': 2}, {'file': 3}, {'bogus': 1}, {'file': object()}]:
    try:
        print('x', **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print('TypeError', e)
