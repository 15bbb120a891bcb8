# Classes: method calls, attribute reads and writes, properties, inheritance, super().
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Counter:
    count = 0

    def __init__(self, step):
        self.step = step
        self.value = 0

    def tick(self):
        self.value += self.step
        Counter.count += 1
        return self.value

    @property
    def doubled(self):
        return self.value * 2


class Base:
    def __init__(self, n):
        self.n = n

    def weight(self):
        return self.n


class Derived(Base):
    def __init__(self, n):
        super().__init__(n)
        self.extra = n % 7

    def weight(self):
        return super().weight() + self.extra


def run(n):
    acc = Vector(0, 0)
    c = Counter(3)
    total = 0
    objs = [Base(i) if i % 2 else Derived(i) for i in range(100)]
    for i in range(n):
        v = Vector(i % 13, i % 17)
        acc = acc.add(v)
        total += acc.dot(v) % 1000
        c.tick()
        total += c.doubled % 7
        total += objs[i % 100].weight()
        if i % 1000 == 0:
            acc.scale(0)
    return total, acc.x, acc.y, c.value, Counter.count


print(run(250000))
