# R13: an exception in a callback goes to the exception handler and the loop goes on; an
# exception in main propagates out of asyncio.run.
import asyncio


def bad():
    raise ZeroDivisionError("in callback")


def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], type(context["exception"]).__name__)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad)
    loop.call_soon(print, "after bad")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError", e)
    raise KeyError("from main")


try:
    asyncio.run(main())
except KeyError as e:
    print("asyncio.run raised", repr(e))
