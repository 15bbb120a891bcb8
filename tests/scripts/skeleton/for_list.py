# for over lists: nested loops, break and continue.
colors = ["red", "green", "blue"]
for c in colors:
    print(c)
for row in [[1, 2], [3, 4]]:
    for cell in row:
        print(cell)
for n in [5, 6, 7, 8]:
    if n == 6:
        continue
    if n == 8:
        break
    print("n", n)
last = None
for x in ["a", "b"]:
    last = x
print(last)
