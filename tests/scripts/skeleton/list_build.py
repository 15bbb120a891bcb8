# Building lists in loops and reading them back.
squares = []
for i in range(6):
    squares.append(i * i)
print(squares)
total = 0
for v in squares:
    total = total + v
print(total)
words = ["x", "y"]
words.append("z")
joined = ""
i = 0
while i < len(words):
    joined = joined + words[i]
    i = i + 1
print(joined)
