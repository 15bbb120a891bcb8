# yield and await interleaved: only yields reach the consumer, awaits reach the loop.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        sent = yield f"tick {self.label}"
        return sent

def run(coro):
    sent = None
    steps = 0
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        steps += 1
        print("  [loop]", out)
        sent = f"resume {steps}"

async def mixed():
    a = await Tick("a")
    x = yield f"first after {a}"
    b = await Tick("b")
    c = await Tick("c")
    y = yield f"second after {b}, {c}, sent {x}"
    yield f"third, sent {y}"

async def inner_coroutine(n):
    total = 0
    for i in range(n):
        total += len(await Tick(f"inner {i}"))
    return total

async def uses_coroutine():
    value = await inner_coroutine(2)
    yield value
    yield await inner_coroutine(1)

async def main():
    g = mixed()
    print(await g.asend(None))
    print(await g.asend("X"))
    print(await g.asend("Y"))
    print([v async for v in uses_coroutine()])
    return "end"

print(run(main()))
