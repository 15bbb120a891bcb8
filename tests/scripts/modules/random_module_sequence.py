# A long mixed sequence of module-level random calls stays in step with CPython.
import random

random.seed(20241122)
out = []
for i in range(200):
    kind = i % 8
    if kind == 0:
        out.append(random.random())
    elif kind == 1:
        out.append(random.randint(-1000, 1000))
    elif kind == 2:
        out.append(random.randrange(3, 300, 3))
    elif kind == 3:
        out.append(random.choice("abcdefghijklmnopqrstuvwxyz"))
    elif kind == 4:
        out.append(random.uniform(-1, 1))
    elif kind == 5:
        out.append(random.getrandbits(70))
    elif kind == 6:
        out.append(random.sample(range(40), 3))
    else:
        out.append(round(random.gauss(5, 2), 12))
for i in range(0, 200, 8):
    print(out[i:i + 8])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choices(deck, k=5), random.sample(deck, 5))
