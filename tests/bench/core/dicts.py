# Dicts: insert, lookup, update, delete, iteration over keys/items, get/setdefault, int and
# str keys.
def run(rounds):
    checksum = 0
    words = ["w%d" % i for i in range(500)]
    for r in range(rounds):
        d = {}
        for i in range(3000):
            d[i * 7 % 3001] = i
        for i in range(0, 3000, 3):
            del d[i * 7 % 3001]
        for k in d:
            checksum += d[k] & 15
        for k, v in d.items():
            checksum ^= k + v
        counts = {}
        for i in range(4000):
            w = words[(i * 31 + r) % 500]
            counts[w] = counts.get(w, 0) + 1
        groups = {}
        for w, c in counts.items():
            groups.setdefault(c, []).append(w)
        checksum += len(groups) + sum(len(v) for v in groups.values())
        merged = dict(counts)
        merged.update({"extra": 1, "w0": 99})
        checksum += merged["w0"] + len(merged)
        checksum += ("w17" in counts) + ("nope" in counts)
        checksum &= 0xFFFFFFF
    return checksum


print(run(300))
