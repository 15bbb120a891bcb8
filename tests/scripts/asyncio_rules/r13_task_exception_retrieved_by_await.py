# R13: a failing task whose exception is retrieved reports nothing; the loop keeps going.
import asyncio


async def fails(n):
    await asyncio.sleep(0)
    raise ArithmeticError(n)


async def main():
    tasks = [asyncio.create_task(fails(i)) for i in range(3)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for t in tasks:
        print(t.done(), repr(t.exception()))
    try:
        await tasks[0]
    except ArithmeticError as e:
        print("awaited:", e)


asyncio.run(main())
