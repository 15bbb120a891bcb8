# Integer arithmetic: precedence, unary minus, powers and augmented assignment.
print(2 + 3 * 4)
print((2 + 3) * 4)
print(10 - 2 - 3)
print(-5 + 2, -(5 + 2), --3)
print(2 ** 10, 2 ** 3 ** 2, (-2) ** 3)
print(7 * -3, 0 * -1)
n = 5
n += 10
n -= 3
n *= 2
print(n)
print(1 + 2 == 3, 3 - 5 < 0)
