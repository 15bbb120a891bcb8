# set_exception_handler / get_exception_handler / default_exception_handler / call_exception_handler.
import asyncio


def handler(loop, context):
    print("custom handler:", sorted(context), context["message"])
    if "exception" in context:
        print("  exception:", repr(context["exception"]))


def failing_handler(loop, context):
    raise RuntimeError("handler broke")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "hello", "value": 1})
    loop.call_exception_handler({"message": "with exc", "exception": ValueError("v")})
    for bad in (1, "handler"):
        try:
            loop.set_exception_handler(bad)
        except TypeError as e:
            print("TypeError", e)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    try:
        loop.default_exception_handler()
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
