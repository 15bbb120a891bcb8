# asyncio.run's argument checks and nesting, and results.
import asyncio


async def nested():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    return "ok"


for bad in (1, None, nested):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError", e.args[0].split(" at ")[0])
print(asyncio.run(nested()))
print(asyncio.run(asyncio.sleep(0, "sleep result")))
