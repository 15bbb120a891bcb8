# Handle reprs for callbacks that are functions with arguments, builtins and cancelled handles.
import asyncio


def f(a, b=None):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(f, 1, "two")
    print(repr(h).split(" at ")[0])
    h.cancel()
    print(repr(h))
    b = loop.call_soon(print, 3)
    print(repr(b))
    t = loop.call_later(10, f, [1])
    print(repr(t).split(" at ")[0].split("when=")[0])
    t.cancel()
    print(repr(t).split("when=")[0])
    await asyncio.sleep(0)


asyncio.run(main())
