# Future: results, exceptions, cancellation, and every InvalidStateError message.
import asyncio


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show("pending done", f.done)
    show("pending result", f.result)
    show("pending exception", f.exception)
    f.set_result(1)
    show("set_result twice", lambda: f.set_result(2))
    show("set_exception after", lambda: f.set_exception(ValueError()))
    show("result", f.result)
    show("exception", f.exception)
    show("cancel done", f.cancel)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    show("failed result", g.result)
    show("failed exception", g.exception)
    h = loop.create_future()
    show("cancel", lambda: h.cancel("why"))
    show("cancelled", h.cancelled)
    show("cancelled result", h.result)
    show("cancelled exception", h.exception)
    show("set_result on cancelled", lambda: h.set_result(1))
    i = loop.create_future()
    show("set_exception class", lambda: i.set_exception(ValueError))
    show("class instantiated", i.exception)
    j = loop.create_future()
    show("StopIteration", lambda: j.set_exception(StopIteration("s")))
    show("not an exception", lambda: j.set_exception(5))
    show("get_loop", lambda: j.get_loop() is loop)
    show("isfuture", lambda: (asyncio.isfuture(j), asyncio.isfuture(5)))
    k = asyncio.Future()
    show("Future() loop", lambda: k.get_loop() is loop)
    show("InvalidStateError base", lambda: asyncio.InvalidStateError.__mro__[1].__name__)


asyncio.run(main())
