# Coroutine objects driven by hand: send/throw/close, states, and awaiting twice.
import asyncio


async def inner():
    await asyncio.sleep(0)
    return "inner result"


async def main():
    c = inner()
    print(c.cr_running, c.cr_frame is not None, c.__name__, c.__qualname__)
    fut = c.send(None)
    print("first send yields:", fut)
    try:
        c.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(c.cr_frame)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)
    d = inner()
    try:
        d.throw(ValueError("thrown"))
    except ValueError as e:
        print("ValueError", e)
    e2 = inner()
    e2.close()
    try:
        await e2
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
