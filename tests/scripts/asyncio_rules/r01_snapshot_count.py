# R1: an iteration runs only the callbacks present when it started; every one re-queued goes next.
import asyncio

order = []


def chain(tag, n):
    order.append(f"{tag}{n}")
    if n:
        asyncio.get_running_loop().call_soon(chain, tag, n - 1)


async def main():
    loop = asyncio.get_running_loop()
    for tag in "xyz":
        loop.call_soon(chain, tag, 2)
    fut = loop.create_future()
    loop.call_soon(loop.call_soon, fut.set_result, "done")
    print(await fut)
    print(order)
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
