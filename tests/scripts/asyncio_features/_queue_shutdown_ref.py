"""Queue.shutdown() and QueueShutDown as CPython 3.13 defines them (Lib/asyncio/queues.py),
for scripts whose expected output CPython 3.11 writes: 3.11's queues plus 3.13's shutdown
logic. coil and CPython 3.13 have these natively and never import this module."""
import asyncio
from asyncio import QueueEmpty, QueueFull


class QueueShutDown(Exception):
    """Raised when putting on to or getting from a shut-down Queue."""


class _Shutdown:
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self._is_shutdown = False

    def _format(self):
        result = super()._format()
        if self._is_shutdown:
            result += " shutdown"
        return result

    async def put(self, item):
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            if self._is_shutdown and self.empty():
                raise QueueShutDown
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def shutdown(self, immediate=False):
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        while self._getters:
            getter = self._getters.popleft()
            if not getter.done():
                getter.set_result(None)
        while self._putters:
            putter = self._putters.popleft()
            if not putter.done():
                putter.set_result(None)


class Queue(_Shutdown, asyncio.Queue):
    pass


class PriorityQueue(_Shutdown, asyncio.PriorityQueue):
    pass


class LifoQueue(_Shutdown, asyncio.LifoQueue):
    pass
