# get_running_loop outside a loop, get_event_loop inside one, new_event_loop/set_event_loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)


async def main():
    running = asyncio.get_running_loop()
    print("get_event_loop is running loop:", asyncio.get_event_loop() is running)
    return running


loop = asyncio.run(main())
print("closed after run:", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)

new = asyncio.new_event_loop()
print(new.is_running(), new.is_closed())
asyncio.set_event_loop(new)
print("set then get:", asyncio.get_event_loop() is new)
print(new.run_until_complete(main()) is new)
asyncio.set_event_loop(None)
new.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError", e)
