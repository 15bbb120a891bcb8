# Sub-exceptions with causes and contexts, and a group that is itself chained.
def failing():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

def with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while dividing")

errors = []
for f in (failing, with_context):
    try:
        f()
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("chained parts", errors)
except ExceptionGroup as eg:
    raise TypeError("group handling failed")
