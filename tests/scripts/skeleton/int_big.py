# Integers grow past 64 bits without overflow, and shrink back.
print(2 ** 64, 2 ** 100)
print(-(2 ** 70))
big = 1
for i in range(1, 31):
    big = big * i
print(big)
print(big // (2 ** 50), big % 1000007)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print((2 ** 64) - (2 ** 64) + 1)
