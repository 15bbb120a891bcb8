# R3: a task created by a plain callback takes its first step in the next iteration.
import asyncio


async def job(name):
    print("job", name, "runs")
    return name


def make(name, box):
    print("callback creates", name)
    box.append(asyncio.get_running_loop().create_task(job(name)))
    print("callback returns")


async def main():
    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(make, "x", box)
    loop.call_soon(print, "callback after make")
    await asyncio.sleep(0)
    print("main: tasks made", len(box))
    print("main:", await box[0])


asyncio.run(main())
