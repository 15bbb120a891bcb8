# The part of a group no except* clause handled escapes with its traceback.
def source():
    raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3)])

def handler():
    try:
        source()
    except* ValueError as e:
        print("handled", repr(e))
    except* KeyError:
        raise RuntimeError("replacing the KeyError")

handler()
