# Each task steps in a copy of its creator's context: variables set by a task stay in it, the
# creator's later sets are not seen, tokens belong to the context they were made in.
import asyncio, contextvars
v = contextvars.ContextVar('v', default='d')
w = contextvars.ContextVar('w')

async def child(name, tok_box):
    print(name, 'sees', v.get())
    await asyncio.sleep(0)
    t = v.set(name)
    tok_box.append(t)
    await asyncio.sleep(0)
    print(name, 'after set', v.get())
    inner = asyncio.create_task(grandchild(name))
    v.set(name + '2')
    await inner
    print(name, 'end', v.get())

async def grandchild(name):
    print('grandchild of', name, 'sees', v.get())

async def resetter(tok_box):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        v.reset(tok_box[0])
    except ValueError as e:
        print('ValueError', str(e).split(' was ')[-1])

async def main():
    v.set('main')
    box = []
    a = asyncio.create_task(child('a', box))
    v.set('main-later')
    b = asyncio.create_task(resetter(box))
    c = asyncio.create_task(child('c', []), context=contextvars.copy_context())
    await asyncio.gather(a, b, c)
    print('main', v.get())
    ctx = contextvars.copy_context()
    def in_ctx():
        v.set('in ctx')
        return v.get()
    print(ctx.run(in_ctx), v.get(), ctx[v])
    async def setter():
        w.set(1)
        t = w.set(2)
        w.reset(t)
        return w.get()
    print(await asyncio.create_task(setter()))
    try:
        w.get()
    except LookupError as e:
        print('LookupError', type(e).__name__)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print('cb sees', v.get()))
    await asyncio.sleep(0)

asyncio.run(main())
