# print with zero, one and several positional arguments of different types.
print()
print("hello")
print("a", "b", "c")
print(1, 2, 3)
print("x =", 42)
print(True, False, None)
print(-7, "mixed", 0, "")
print("")
