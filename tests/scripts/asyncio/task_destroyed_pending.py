# A task still pending when its loop is closed is reported as destroyed.
import asyncio


async def forever():
    await asyncio.sleep(3600)


loop = asyncio.new_event_loop()
loop.create_task(forever(), name="sleeper")
loop.run_until_complete(asyncio.sleep(0.01))
print("closing")
loop.close()
print("closed")
