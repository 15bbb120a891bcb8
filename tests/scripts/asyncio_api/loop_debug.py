# get_debug / set_debug on a loop and through asyncio.run(debug=...).
import asyncio

loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(0)
print(loop.get_debug())
loop.set_debug("yes")
print(loop.get_debug())
loop.close()


async def main():
    return asyncio.get_running_loop().get_debug()


print(asyncio.run(main(), debug=True), asyncio.run(main()))
