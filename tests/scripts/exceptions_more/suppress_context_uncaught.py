# raise ... from None hides the context in the traceback; notes print after the message.
def convert(v):
    try:
        return int(v)
    except ValueError:
        err = TypeError(f"expected a number, got {v!r}")
        err.add_note("hint: pass digits only")
        raise err from None


convert("x1")
