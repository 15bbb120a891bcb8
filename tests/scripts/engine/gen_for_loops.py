# for loops over generators (linked frames): nesting, break, errors, PEP 479, deep chains.
def nums(n):
    for i in range(n):
        yield i
total = 0
for a in nums(4):
    for b in nums(a):
        total += a * b
print(total)
g = nums(10)
for x in g:
    if x == 3:
        break
print(next(g), list(g))
def running():
    for v in gen_self:
        yield v
gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print(e)
def fails():
    yield 1
    raise KeyError("late")
try:
    for v in fails():
        print("got", v)
except KeyError as e:
    print("caught", e)
def stop_inside():
    yield 1
    next(iter([]))
try:
    for v in stop_inside():
        pass
except RuntimeError as e:
    print(e)
def counter():
    n = 0
    while True:
        n += 1
        yield n
for i in counter():
    if i > 1000:
        break
print(i)
print(sum(x for x in nums(100)), max(nums(5)), sorted(nums(3)))
def in_except():
    try:
        raise ValueError("h")
    except ValueError:
        for v in nums(2):
            yield v
print(list(in_except()))
def deep_for(n):
    if n == 0:
        yield 0
        return
    for v in deep_for(n - 1):
        yield v + 1
print(list(deep_for(200)))
