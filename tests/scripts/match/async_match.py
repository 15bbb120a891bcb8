# match statements in coroutines.
import asyncio


async def handler(msg):
    await asyncio.sleep(0)
    match msg:
        case ("ping", n):
            return f"pong {n}"
        case ("echo", text):
            return text
        case _:
            return "?"


async def main():
    results = await asyncio.gather(handler(("ping", 1)), handler(("echo", "hi")), handler(1))
    print(results)


asyncio.run(main())
