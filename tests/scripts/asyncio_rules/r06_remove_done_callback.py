# R6: remove_done_callback drops every registration of that callback and returns how many.
import asyncio


def cb(f):
    print("cb", f.result())


def other(f):
    print("other", f.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb)
    fut.add_done_callback(other)
    fut.add_done_callback(cb)
    print("removed", fut.remove_done_callback(cb))
    print("removed again", fut.remove_done_callback(cb))
    fut.set_result("r")
    print("after done, removed", fut.remove_done_callback(other))
    await asyncio.sleep(0)
    fut2 = loop.create_future()
    fut2.add_done_callback(other)
    fut2.set_result("s")
    print("removed while scheduled", fut2.remove_done_callback(other))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
