# Coroutines driven by hand: await chains, errors through awaits, reuse, non-awaitables.
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
class_free = 1
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def raiser():
    raise ValueError("inside")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return "caught " + str(e)
try:
    catcher().send(None)
except StopIteration as e:
    print(e.value)
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
print(drive(deep(100)))
async def uncaught():
    await raiser()
drive(uncaught())
