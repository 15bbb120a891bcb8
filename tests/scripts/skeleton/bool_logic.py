# and/or return one of their operands and short-circuit; not always returns a bool.
def loud(value):
    print("evaluated", value)
    return value


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print(not 0, not 1, not "", not [1])
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) and loud(0) or loud(3))
