# for over range() with one, two and three arguments, including negative steps.
for i in range(4):
    print(i)
for i in range(2, 5):
    print("two-arg", i)
for i in range(10, 0, -3):
    print("step", i)
for i in range(0):
    print("never")
total = 0
for i in range(101):
    total = total + i
print(total)
