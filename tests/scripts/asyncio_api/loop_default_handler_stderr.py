# The default exception handler's stderr output for contexts without an exception.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "plain message"})
    loop.call_exception_handler({"message": "with fields", "answer": 42, "name": "x"})
    loop.default_exception_handler({"message": "direct call"})
    loop.call_exception_handler({})
    print("stdout line")


asyncio.run(main())
