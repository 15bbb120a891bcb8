# R11: run_until_complete stops only after the whole iteration in which main finished.
import asyncio


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)
    print("other finished (should not print)")


async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0)
    print("main returns")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("first run over")
loop.run_until_complete(asyncio.sleep(0))
print("second run over")
for t in asyncio.all_tasks(loop):
    t.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
