import asyncio
import contextlib
import sys
from contextlib import (AsyncExitStack, ExitStack, asynccontextmanager, closing,
                        contextmanager, nullcontext, redirect_stdout, suppress)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2


print(decorated(21))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


buf = Collect()
with redirect_stdout(buf) as target:
    print("captured")
print("got", buf.parts, target is buf)

with ExitStack() as stack:
    for name in ("x", "y", "z"):
        stack.enter_context(tag(name))
    stack.callback(print, "callback", 1, sep="-")
    print("body")

with ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
print("popped")
moved.close()


def failing_exit(*exc):
    raise RuntimeError("from exit")


try:
    with ExitStack() as stack:
        stack.push(failing_exit)
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))


def suppressing_exit(*exc):
    print("exit saw", exc[0].__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise KeyError("gone")
print("suppressed by stack")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)


@asynccontextmanager
async def atag(name):
    print(f"<a {name}>")
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print(f"</a {name}>")


async def main():
    async with atag("one") as n:
        print("async inside", n)
    try:
        async with atag("two"):
            raise ValueError("async boom")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(atag("s1"))
        stack.enter_context(tag("sync"))

        async def acb(x):
            print("async callback", x)
        stack.push_async_callback(acb, 7)
        print("async stack body")
    async with nullcontext("an") as v:
        print(v)


asyncio.run(main())
