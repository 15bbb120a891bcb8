# sleep(delay, result): results, keyword form, and argument errors.
import asyncio


async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.001, result=[1]))
    print(await asyncio.sleep(delay=0, result="kw"))
    for bad in ("1", None):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
