# How Handle and Future reprs show callbacks: qualnames, arguments cut down as reprlib does,
# functools.partial unwrapped, and the source location of plain functions.
import asyncio
import functools

def cb(f): pass

class C:
    def m(self, f): pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda x: None)
    f.add_done_callback(C().m)
    f.add_done_callback(functools.partial(cb))
    print(repr(f))
    h = loop.call_soon(C().m, "a" * 50)
    print(repr(h))
    h2 = loop.call_soon(print, list(range(10)), {"a": 1}, 10**50, (1,))
    print(repr(h2))
    h3 = loop.call_soon(functools.partial(cb, 1))
    print(repr(h3))
    t = loop.call_later(5, cb, None)
    t.cancel()
    print(repr(t).split("when=")[0])
    await asyncio.sleep(0)
    print(repr(loop).split(" ")[0])

asyncio.run(main())
