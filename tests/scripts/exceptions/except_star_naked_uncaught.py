# A bare exception re-raised from except* escapes as itself; an unmatched one too.
def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        print("seen once")
        raise

f()
