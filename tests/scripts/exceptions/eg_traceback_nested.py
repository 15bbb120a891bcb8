# An uncaught exception group with nested groups and tracebacks in the sub-exceptions.
def leaf(n):
    raise ValueError(f"leaf {n}")

def collect():
    errors = []
    for n in range(3):
        try:
            leaf(n)
        except ValueError as e:
            errors.append(e)
    return errors

def main():
    inner = ExceptionGroup("inner", collect()[:2])
    raise ExceptionGroup("outer", [inner, KeyError("plain"), TypeError("no traceback")])

print("before")
main()
