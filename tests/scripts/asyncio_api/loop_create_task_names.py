# Default task names: loop.create_task(name=) and Task(name=) do not use up a number;
# asyncio.create_task(name=) and TaskGroup.create_task(name=) do (3.11).
import asyncio


async def noop():
    pass


def number(t):
    return int(t.get_name().split("-")[1])


async def main():
    loop = asyncio.get_running_loop()
    base = number(asyncio.current_task())
    named = [loop.create_task(noop(), name="a"), asyncio.Task(noop(), name="b")]
    t = asyncio.create_task(noop())
    print("after loop/Task names:", number(t) - base)
    named.append(asyncio.create_task(noop(), name="c"))
    t2 = asyncio.create_task(noop())
    print("after create_task name:", number(t2) - base)
    async with asyncio.TaskGroup() as tg:
        named.append(tg.create_task(noop(), name="d"))
        t3 = tg.create_task(noop())
    print("after TaskGroup name:", number(t3) - base)
    print([x.get_name() for x in named])
    await asyncio.gather(*named, t, t2)


asyncio.run(main())
