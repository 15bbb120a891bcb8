# R8: sleep(0) is one bare yield; sleep(d > 0) resumes one iteration after its timer fires;
# sleep(d, result) returns result.
import asyncio


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker(4))
    print("sleep(0) ->", await asyncio.sleep(0))
    print("sleep(0, 'r') ->", await asyncio.sleep(0, "r"))
    print("sleep(-1, 'neg') ->", await asyncio.sleep(-1, "neg"))
    print("sleep(0.01, 7) ->", await asyncio.sleep(0.01, 7))
    await t
    order = []

    async def sleeper(d):
        await asyncio.sleep(d)
        order.append(d)

    await asyncio.gather(sleeper(0.03), sleeper(0.01), sleeper(0.02))
    print(order)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
