# timeout_at, Timeout reprs in each state, entering twice, and nesting.
import asyncio


def clean(r):
    head, sep, tail = r.partition(" when=")
    return head + (" when=T>" if sep else "")


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(loop.time() + 10)
    print(clean(repr(cm)))
    async with cm:
        print(clean(repr(cm)))
    print(clean(repr(cm)))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with asyncio.timeout_at(loop.time() + 0.001) as e_cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print(clean(repr(e_cm)))
    none_cm = asyncio.Timeout(None)
    print(repr(none_cm))
    try:
        async with asyncio.timeout(10) as outer:
            async with asyncio.timeout(0.001) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner expired:", inner.expired(), "outer expired:", outer.expired())
    try:
        async with asyncio.timeout(0.001) as outer:
            async with asyncio.timeout(10) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner expired:", inner.expired(), "outer expired:", outer.expired())


asyncio.run(main())
