# An uncaught IndexError from a function called inside a loop.
def item(items, i):
    return items[i]


values = [10, 20, 30]
for i in range(5):
    print(item(values, i))
