# R13: a failing callback reaches the exception handler with a context dict; the loop goes on.
import asyncio


def boom(x):
    raise ValueError(x)


def handler(loop, ctx):
    print("handler keys:", sorted(ctx))
    print("message:", ctx["message"].split(" at ")[0], "exception:", repr(ctx.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(boom, "first")
    loop.call_soon(print, "next callback runs")
    loop.call_later(0.001, boom, "timer")
    await asyncio.sleep(0.002)
    loop.call_exception_handler({"message": "custom", "extra": 1})
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())


asyncio.run(main())
