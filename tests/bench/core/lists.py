# Lists: append, indexing, slicing, sort, reverse, insert/pop, membership, sum/min/max.
def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def run(rounds):
    checksum = 0
    seed = 42
    for r in range(rounds):
        data = []
        for i in range(2000):
            seed = lcg(seed)
            data.append(seed % 10000)
        data.sort()
        checksum += data[0] + data[-1] + data[len(data) // 2]
        part = data[100:1900:3]
        part.reverse()
        checksum += sum(part) % 9973
        stack = []
        for x in data[:500]:
            stack.append(x)
            if x % 3 == 0:
                stack.pop()
        checksum += len(stack)
        q = list(range(50))
        for i in range(200):
            q.insert(i % 7, i)
            q.pop(0)
        checksum += q[10] + max(q) - min(q)
        if 5000 in data:
            checksum += 1
        checksum += data.index(data[777]) + data.count(data[3])
        data[10:20] = [0] * 5
        del data[::2]
        checksum += len(data) + data[-1]
    return checksum


print(run(400))
