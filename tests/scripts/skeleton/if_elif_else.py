# if/elif/else chains, nesting, and the truth value of common objects.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-3, 0, 7, 100]:
    print(n, classify(n))

for value in [0, 1, "", "x", [], [0], None, True, False]:
    if value:
        print(value, "is true")
    else:
        print(value, "is false")

a = 5
if a > 1:
    if a > 3:
        print("a > 3")
    else:
        print("1 < a <= 3")
