# Unawaited coroutines still alive when the program ends are reported as CPython reports them
# while tearing the modules down ("sys:1", once per coroutine name), after those that died
# earlier; an expression statement that discards one warns on the spot.
async def alpha():
    return 1


async def beta():
    return 2


def forget():
    c = beta()
    return None


kept = alpha()
also_kept = [beta(), alpha()]
holder = {"x": alpha()}
forget()
beta()
awaited_later = alpha()
try:
    awaited_later.send(None)
except StopIteration:
    pass
closed = beta()
closed.close()
print("end of program")
