# Big ints: digits of pi by Gibbons' unbounded spigot, pure int arithmetic
# (add, multiply, floor division by numbers of thousands of digits).
def pidigits(n):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < n:
        n3 = (3 * q + r) // t
        if 4 * q + r - t < n3 * t:
            digits.append(n3)
            q, r = 10 * q, 10 * (r - n3 * t)
        else:
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1
        # the numbers grow without bound; keep them exact
    return digits


d = pidigits(3000)
print("".join(str(x) for x in d[:50]), sum(d), len(d))
