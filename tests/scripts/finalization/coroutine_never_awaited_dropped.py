# A coroutine that is never started warns when it is freed, with the place CPython reports:
# for one held by a local variable, the call of the function that made it. Awaited, started
# and closed coroutines never warn. Warnings go to stderr, once per line of a module.
import asyncio


async def job(n):
    return n * 2


async def other():
    return None


def make_and_drop():
    c = job(1)
    print("made", type(c).__name__)


def make_many():
    pending = [job(i) for i in range(3)]
    return len(pending)


def make_two_kinds():
    a = job(2)
    b = other()
    return 2


def make_and_close():
    c = job(3)
    c.close()
    print("closed without warning")


def make_and_start():
    c = job(4)
    try:
        c.send(None)
    except StopIteration as e:
        print("ran to", e.value)


async def awaited():
    c = job(5)
    print("awaited", await c)


def caller():
    make_and_drop()
    print("caller continues")


make_and_drop()
make_and_drop()
print("many", make_many())
make_two_kinds()
make_and_close()
make_and_start()
asyncio.run(awaited())
caller()
for i in range(2):
    make_and_drop()
print("end")
