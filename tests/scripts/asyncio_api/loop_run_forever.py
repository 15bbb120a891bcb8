# run_forever and stop: stop from a callback, from a task, before run_forever, is_running.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "one")
loop.call_soon(loop.stop)
loop.call_soon(print, "two (same iteration)")
loop.run_forever()
print("stopped; running:", loop.is_running())
loop.stop()
loop.call_soon(print, "runs once after early stop")
loop.run_forever()
print("early stop ran one iteration")


async def stopper():
    print("in task; running:", loop.is_running())
    await asyncio.sleep(0)
    loop.stop()
    print("stop requested")
    await asyncio.sleep(0)
    print("resumed in next run_forever")


t = loop.create_task(stopper())
loop.run_forever()
print("task done:", t.done())
loop.run_until_complete(t)
print("task done:", t.done())


async def nested():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError", e)


loop.run_until_complete(nested())
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError", e)
