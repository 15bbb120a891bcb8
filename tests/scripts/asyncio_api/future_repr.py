# Future repr in each state and with callbacks.
import asyncio


def cb(f):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(cb)
    print(repr(f))
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print(repr(f))
    f.set_result({"a": 1})
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(str(h) == repr(h))


asyncio.run(main())
