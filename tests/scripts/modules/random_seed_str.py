# Seeding from str uses the SHA-512 of the UTF-8 bytes (version 2), as CPython does.
import random

for text in ["", "a", "hello", "The quick brown fox", "héllo wörld", "x" * 200, "日本語"]:
    random.seed(text)
    print(repr(text[:10]), random.random(), random.randint(0, 10**6))

random.seed("abc".encode())
print(random.random())
for bad in [[1], (1, 2), {}, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
