"""asyncio.as_completed as CPython 3.13 defines it (Lib/asyncio/tasks.py): an iterator that is
also an async iterator yielding the finished futures themselves. For scripts whose expected
output CPython 3.11 writes; coil and CPython 3.13 have it natively and never import this."""
import asyncio


class _AsCompletedIterator:
    def __init__(self, aws, timeout):
        self._done = asyncio.Queue()
        self._timeout_handle = None
        loop = asyncio.get_event_loop()
        todo = {asyncio.ensure_future(aw, loop=loop) for aw in set(aws)}
        for f in todo:
            f.add_done_callback(self._handle_completion)
        if todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._handle_timeout)
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        self._todo_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            self._done.put_nowait(None)
        self._todo.clear()

    def _handle_completion(self, f):
        if not self._todo:
            return
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self, resolve=False):
        f = await self._done.get()
        if f is None:
            raise TimeoutError
        return f.result() if resolve else f


def as_completed(fs, *, timeout=None):
    return _AsCompletedIterator(fs, timeout)
