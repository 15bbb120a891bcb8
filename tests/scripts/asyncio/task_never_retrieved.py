# A failed task or future whose exception nobody retrieves is reported on stderr with its
# traceback; retrieved or cancelled ones are not.
import asyncio


async def bad(n):
    raise ValueError(f"bad {n}")


async def main():
    asyncio.create_task(bad(1))
    t = asyncio.create_task(bad(2))
    c = asyncio.create_task(bad(3))
    c.cancel()
    await asyncio.sleep(0.01)
    print(type(t.exception()).__name__)
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("k"))
    del f
    print("main done")


asyncio.run(main())
print("end")
