# Done-callbacks keep their registration order whether a task or Python code added them,
# remove_done_callback counts what it removed, and a cancelled Event.wait leaves no waiter.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []

    async def waiter(name):
        await fut
        order.append(name)

    t1 = asyncio.create_task(waiter('task1'))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: order.append('cb1'))
    cb2 = lambda f: order.append('cb2')
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb2)
    t2 = asyncio.create_task(waiter('task2'))
    await asyncio.sleep(0)
    print(fut.remove_done_callback(cb2), fut.remove_done_callback(cb2))
    fut.add_done_callback(lambda f: order.append('cb3'))
    print(repr(fut).count('cb='), len(order))
    fut.set_result(7)
    await asyncio.gather(t1, t2)
    print(order)

    ev = asyncio.Event()
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1])
    waiters[1].cancel()
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1], waiters[1].cancelled())
    ev.set()
    print(await asyncio.gather(waiters[0], waiters[2]))

    f2 = loop.create_future()
    f2.cancel('why')
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    f3 = loop.create_future()
    try:
        raise ValueError('boom')
    except ValueError as e:
        f3.set_exception(e)
    try:
        f3.result()
    except ValueError as e:
        print('raised', e, e.__traceback__ is not None)
    print(f3.exception())


asyncio.run(main())
