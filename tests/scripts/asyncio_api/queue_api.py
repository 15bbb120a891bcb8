# Queue: put/get and the nowait forms, qsize/empty/full/maxsize, QueueFull/QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    u = asyncio.Queue()
    print(u.maxsize, u.full())
    for i in range(100):
        u.put_nowait(i)
    print(u.full(), u.qsize())
    z = asyncio.Queue(0)
    print("maxsize 0 never full:", z.full())
    n = asyncio.Queue(-1)
    n.put_nowait(1)
    print("negative maxsize full:", n.full())
    print(repr(asyncio.Queue(maxsize=3)).endswith("maxsize=3>"))
    print(str(u).startswith("<Queue"))


asyncio.run(main())
