# No "never awaited" warning for coroutines that are closed, awaited, or made into tasks; one
# for the discarded call in an expression statement.
import asyncio


async def job(n):
    return n


async def main():
    closed = job(1)
    closed.close()
    print(await job(2))
    t = asyncio.create_task(job(3))
    print(await t)
    pending = [job(i) for i in range(2)]
    for c in pending:
        c.close()
    job(4)
    print("main done")


asyncio.run(main())
