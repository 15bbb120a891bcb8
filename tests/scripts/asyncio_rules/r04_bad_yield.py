# R4: yielding something that is neither None nor a future makes the task fail with RuntimeError.
import asyncio


class Bad:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield self.value


async def use(value):
    try:
        await Bad(value)
    except RuntimeError as e:
        print("RuntimeError", e)
        return "recovered"


async def main():
    for v in (42, "text", [1, 2]):
        print(await asyncio.create_task(use(v)))


asyncio.run(main())
