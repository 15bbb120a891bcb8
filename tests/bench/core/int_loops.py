# Integer loops: nested for/while loops over small ints, arithmetic and comparisons.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def collatz_total(n):
    total = 0
    for start in range(1, n):
        x = start
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
    return total


def mixed(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * 7 - (i // 3) + (i % 11)) ^ (i << 1)
        acc &= 0xFFFFFF
    return acc


print(sieve(400000), collatz_total(30000), mixed(600000))
