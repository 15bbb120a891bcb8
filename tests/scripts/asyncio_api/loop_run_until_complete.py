# run_until_complete with coroutines, futures and tasks; errors for other objects.
import asyncio


async def coro(x):
    await asyncio.sleep(0)
    return x


loop = asyncio.new_event_loop()
print(loop.run_until_complete(coro("coro")))
t = loop.create_task(coro("task"))
print(loop.run_until_complete(t))
print(loop.run_until_complete(t))
f = loop.create_future()
loop.call_later(0.001, f.set_result, "future")
print(loop.run_until_complete(f))
for bad in (1, None, "s"):
    try:
        loop.run_until_complete(bad)
    except TypeError as e:
        print("TypeError", e)
other = asyncio.new_event_loop()
foreign = other.create_future()
try:
    loop.run_until_complete(foreign)
except ValueError as e:
    print("ValueError", e)
other.close()
loop.close()
