# asyncio.Runner: context manager, several runs on one loop, get_loop, close, errors after close.
import asyncio


async def step(x):
    await asyncio.sleep(0)
    return x * 10


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(1)), runner.run(step(2)))
    print("same loop:", runner.get_loop() is loop, "closed:", loop.is_closed())
print("after with, loop closed:", loop.is_closed())
c = step(3)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)
runner.close()
print("close twice is fine")

r = asyncio.Runner(debug=True)
print("debug loop:", r.get_loop().get_debug())
try:
    r.run(42)
except ValueError as e:
    print("ValueError", e)
r.close()

r2 = asyncio.Runner()


async def inner():
    c = step(5)
    try:
        r2.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    return "inner done"


print(r2.run(inner()))
r2.close()
c = step(6)
try:
    r2.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
