# Lists: literals, append, indexing (also negative), item assignment and len.
items = [1, 2, 3]
print(items)
items.append(4)
print(items, len(items))
print(items[0], items[3], items[-1], items[-4])
items[1] = 20
print(items)
empty = []
print(empty, len(empty))
nested = [[1, 2], ["a"], []]
print(nested, nested[0][1], len(nested[2]))
mixed = [1, "two", None, True]
print(mixed)
