# A coroutine whose call result an expression statement drops is reported at once, with the
# statement's line, once per line, as CPython's default warning filter does.
import asyncio


async def nested():
    return 42


class C:
    async def method(self):
        return 1


def sync_caller():
    nested()
    return "sync done"


async def main():
    nested()  # never awaited
    print(await nested())
    for _ in range(3):
        nested()
    C().method()
    print(sync_caller())
    coro = nested()
    print(await coro)
    print("main done")


asyncio.run(main())
print("end")
