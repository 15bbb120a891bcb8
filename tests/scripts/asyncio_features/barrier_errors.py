# Barrier construction errors, properties, and the exception class.
import asyncio

for args in [(), (0,), (-2,), ("3",), (None,)]:
    try:
        b = asyncio.Barrier(*args)
        print(args, "ok", b.parties)
    except Exception as e:
        print(args, type(e).__name__, e)

b = asyncio.Barrier(2)
print(b.parties, b.n_waiting, b.broken)
for attr in ("parties", "n_waiting", "broken"):
    try:
        setattr(b, attr, 5)
    except AttributeError:
        print(attr, "is read-only")
print(asyncio.BrokenBarrierError.__mro__[1:])
e = asyncio.BrokenBarrierError("text")
print(repr(e), str(e), isinstance(e, RuntimeError))
print(asyncio.Barrier(1).parties, asyncio.Barrier(parties=4).parties)


async def main():
    one = asyncio.Barrier(1)
    print("single party:", await one.wait(), await one.wait())
    async with one as index:
        print("async with index", index)
    print(await one.__aexit__(None, None, None))


asyncio.run(main())
