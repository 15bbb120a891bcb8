# An exception raised while handling another is chained through __context__.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["missing"]

print("before")
parse("x")
