# close: errors while running, after close, and what still works on a closed loop.
import asyncio


async def closer(loop):
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError", e)


loop = asyncio.new_event_loop()
loop.run_until_complete(closer(loop))
loop.close()
loop.close()
print(loop.is_closed(), loop.is_running())
coro = closer(loop)
for name, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("call_at", lambda: loop.call_at(1, print)),
                   ("create_task", lambda: loop.create_task(coro)),
                   ("run_forever", loop.run_forever)]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError", e)
coro.close()
f = loop.create_future()
print("create_future on closed loop:", type(f).__name__)
print("time works:", loop.time() > 0)
