# An uncaught NameError at module level after some output.
print("start")
x = 1
print(x + missing_value)
