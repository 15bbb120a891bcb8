# iter() with a sentinel, next() with a default, and the iterator protocol's errors.
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)), list(vals))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)), counter)
it = iter([10])
print(next(it), next(it, 'default'), next(it, None), next(iter(''), 0))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(Countdown(0), 'empty'), sum(Countdown(5)), max(Countdown(4)), sorted(Countdown(3)))
class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(OldStyle()), list(iter(OldStyle())), 4 in OldStyle())
for expr in ["next([1])", "next(iter([]))", "iter(5)", "iter(lambda: 1, 2, 3)", "iter(5, 1)", "next(5, 1)", "next()",
             "iter()", "next(iter([]), 1, 2)", "iter('ab').__next__()", "type(iter('')).__name__", "type(iter([])).__name__",
             "type(iter(())).__name__", "type(iter({})).__name__", "type(iter(set())).__name__", "type(iter(range(3))).__name__",
             "type(iter(lambda: 1, 1)).__name__", "type(iter(b'')).__name__", "type(iter({}.items())).__name__",
             "type(iter({}.values())).__name__", "type(iter(OldStyle())).__name__"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
class NoNext:
    def __iter__(self):
        return self
for obj in [BadIter(), NoNext()]:
    try:
        iter(obj)
        print('iter ok')
        for x in obj:
            pass
    except TypeError as e:
        print('TypeError', e)
def raising():
    raise ValueError('inside callable')
try:
    list(iter(raising, 0))
except ValueError as e:
    print('ValueError', e)
