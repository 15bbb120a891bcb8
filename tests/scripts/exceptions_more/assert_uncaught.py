# An uncaught assertion failure.
def validate(items):
    total = sum(items)
    assert total == 10, f"sum was {total}"


validate([1, 2, 3])
