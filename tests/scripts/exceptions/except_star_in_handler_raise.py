# An exception raised inside an except* handler nests: the group shows it with its context.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
    except* TypeError:
        raise IndexError("also from handler")

f()
