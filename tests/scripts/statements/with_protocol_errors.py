# `with` and `async with` on objects that are not context managers: the TypeError comes from
# the statement line, before any target is bound, and each item is entered left to right.
def enter_int():
    with 1:
        print("unreachable")


try:
    enter_int()
except TypeError as e:
    print("with:", e)

order = []


def item(n):
    order.append(n)
    return n


try:
    with item(1) as a, item(2) as b:
        pass
except TypeError as e:
    print("several items:", e, order)
try:
    a
except NameError as e:
    print(e)


async def enter_async(value):
    async with value as target:
        print("unreachable")


for value in (None, "text"):
    coro = enter_async(value)
    try:
        coro.send(None)
    except TypeError as e:
        print("async with:", e)


def gen():
    yield 1


try:
    with gen():
        pass
except TypeError as e:
    print("generator:", e)

with [
    1,
]:
    pass
