# current_task and all_tasks: inside tasks, in callbacks, for an explicit loop, and outside.
import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    print("current is main:", me.get_name() == asyncio.current_task(loop).get_name())
    kids = [asyncio.create_task(child(), name=f"kid{i}") for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(len(names), [n for n in names if n.startswith("kid")])
    print(me in asyncio.all_tasks(loop), type(asyncio.all_tasks()).__name__)
    loop.call_soon(lambda: print("in callback current:", asyncio.current_task()))
    print(await asyncio.gather(*kids))
    print("after gather:", len(asyncio.all_tasks()))


asyncio.run(main())
for call in (asyncio.current_task, asyncio.all_tasks):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e)
loop = asyncio.new_event_loop()
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
loop.close()
