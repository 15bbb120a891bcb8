# asyncio.Runner (3.11): several run() calls on one loop, get_loop, close, the context
# manager, and the errors.
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled at close")


async def start_background():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return "started"


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(value(1)), runner.run(value(2)))
    print(runner.get_loop() is loop, loop.is_closed())
    print(runner.run(start_background()))
print("closed", loop.is_closed())

runner = asyncio.Runner(debug=False)
print(runner.run(value("lazy")))
runner.close()
runner.close()
coro = value(3)
for action in (runner.get_loop, lambda: runner.run(coro)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError", e)
coro.close()

with asyncio.Runner() as r2:
    try:
        r2.run(5)
    except ValueError as e:
        print("ValueError", e)

    async def nested():
        coro = value(0)
        try:
            r2.run(coro)
        except RuntimeError as e:
            print("RuntimeError", e)
        coro.close()

    r2.run(nested())

try:
    asyncio.Runner(1)
except TypeError as e:
    print("TypeError", e)


async def fails():
    raise KeyError("k")


with asyncio.Runner() as r3:
    try:
        r3.run(fails())
    except KeyError as e:
        print("KeyError", e)
    print(r3.run(value("still usable")))
