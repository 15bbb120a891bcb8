# random.Random instances are independent generators with the same methods.
import random

a = random.Random(42)
b = random.Random(42)
c = random.Random("seed")
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100), c.random())
random.seed(42)
d = random.Random(42)
print(random.random() == d.random())
a.seed(1)
print(a.random(), a.choice("xyz"), a.sample(range(50), 4), a.getrandbits(40))
items = [1, 2, 3, 4, 5]
a.shuffle(items)
print(items, isinstance(a, random.Random), type(a).__name__)
e = random.Random()
e.seed(1)
print(e.random() == random.Random(1).random())
print(a.randrange(0, 1000, 10), a.uniform(0, 1), a.choices([1, 2, 3], k=4))
