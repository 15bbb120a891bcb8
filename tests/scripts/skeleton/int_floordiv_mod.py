# Floor division and modulo round towards negative infinity, for every sign combination.
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(6 // 3, -6 // 3, 6 % -3, -6 % 3)
print(0 // 5, 0 % -5)
print(1 // 10, -1 // 10, -1 % 10, 1 % -10)
for a in [-9, -4, 0, 4, 9]:
    print(a, a // 4, a % 4, (a // 4) * 4 + a % 4 == a)
