# R6: completion schedules every done-callback with call_soon, in registration order; adding
# a callback to a finished future schedules it at once, never calls it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    fut.add_done_callback(lambda f: print("cb2", f.result()))
    fut.set_result("x")
    print("set_result returned")
    fut.add_done_callback(lambda f: print("cb3 added late"))
    print("added late")
    await asyncio.sleep(0)
    print("after one iteration")
    f2 = loop.create_future()

    def remove_me(f):
        print("never")

    f2.add_done_callback(remove_me)
    f2.add_done_callback(print)
    f2.add_done_callback(remove_me)
    print("removed", f2.remove_done_callback(remove_me))
    print("removed again", f2.remove_done_callback(remove_me))
    f2.cancel()
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
