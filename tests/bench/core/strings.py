# Strings: concatenation, join, split, replace, find, slicing, upper/lower, formatting.
def run(rounds):
    checksum = 0
    base = "the quick brown fox jumps over the lazy dog"
    for r in range(rounds):
        words = base.split()
        s = ""
        for w in words:
            s += w.upper() + "-"
        checksum += len(s) + s.count("O")
        joined = ",".join(words * 5)
        checksum += joined.find("lazy") + joined.rfind("fox")
        t = joined.replace(",", " ").replace("o", "0")
        checksum += len(t.split("0"))
        parts = []
        for i in range(40):
            parts.append(f"{i}:{words[i % 9]}:{i * r % 97}")
        line = "|".join(parts)
        checksum += len(line) + line[5:25].count(":")
        checksum += sum(ord(c) for c in line[:60]) % 1000
        checksum += "%s-%d-%05.1f" % ("x", r, r / 7) == "x-1-000.1"
        checksum += line.startswith("0:") + line.endswith("y") + ("brown" in line)
        checksum += len(base[::-1].title()) + len(" pad ".strip()) + len(str(r).zfill(6))
        checksum &= 0xFFFFFFF
    return checksum


print(run(24000))
