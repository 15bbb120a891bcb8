# Module-level code: assignments, rebinding and expressions over globals.
a = 3
b = 4
c = a * a + b * b
print(c)
a = a + 1
print(a, b, c)
a, b = b, a
print(a, b)
x = y = 10
print(x, y)
name = "coil"
print(name)
