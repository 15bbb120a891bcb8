# Uncaught exception raised while handling another: both tracebacks with the context banner.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return lookup[text]


lookup = {}
print("parsing")
parse("abc")
