# asyncio.run: the result, debug=, and errors for bad arguments and nesting.
import asyncio


async def main(x):
    loop = asyncio.get_running_loop()
    return x, loop.get_debug(), loop.is_running()


print(asyncio.run(main(1)))
print(asyncio.run(main(2), debug=True))
print(asyncio.run(main(3), debug=False))


async def nested():
    c = main(4)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()


asyncio.run(nested())
for bad in (42, "x", None, [1]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError", e)
