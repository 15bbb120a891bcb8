# Comparison operators and chained comparisons on integers.
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 != 2)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(-1 < 0, -10 > -20)
