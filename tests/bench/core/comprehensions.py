# Comprehensions: list, dict and set comprehensions, nested loops and conditions.
def run(rounds):
    checksum = 0
    for r in range(rounds):
        squares = [i * i for i in range(1000)]
        odds = [x for x in squares if x & 1]
        grid = [[i * j for j in range(30)] for i in range(30)]
        flat = [v for row in grid for v in row if v % 4 == 0]
        index = {i: str(i) for i in range(300)}
        inverse = {v: k for k, v in index.items() if k % 2}
        residues = {x % 97 for x in squares}
        pairs = [(a, b) for a in range(20) for b in range(a) if (a + b) % 5 == 0]
        checksum += len(odds) + sum(flat) % 10007 + len(inverse) + len(residues) + len(pairs)
        checksum += sum([len(s) for s in index.values()])
        checksum &= 0xFFFFFFF
    return checksum


print(run(1500))
