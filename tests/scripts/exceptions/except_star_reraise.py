# What leaves a try/except* statement: unhandled parts, bare raise, new exceptions.
def attempt(label, body):
    try:
        body()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", repr(sub), "context:", repr(sub.__context__))
    else:
        print(label, "-> nothing")

def unhandled_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        pass
attempt("unhandled rest", unhandled_rest)

def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
attempt("bare raise", bare_raise)

def bare_raise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
attempt("bare raise all", bare_raise_all)

def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
attempt("new exception", new_exception)

def new_in_two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")
attempt("new in two clauses", new_in_two_clauses)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
attempt("naked reraise", naked_reraise)

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
attempt("naked new", naked_new)

def naked_unmatched():
    try:
        raise KeyError("unmatched")
    except* ValueError:
        print("no")
attempt("naked unmatched", naked_unmatched)

def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise ExceptionGroup("inner", [TypeError(9)])
attempt("group raised in handler", raise_group_in_handler)

def raise_from_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("from") from e
attempt("raise from", raise_from_in_handler)

def reraise_caught_object():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
attempt("raise e", reraise_caught_object)

def nested_structure_kept():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("a", [ValueError(1), TypeError(2)]),
                                       ExceptionGroup("b", [TypeError(3)])])
    except* ValueError:
        raise
attempt("structure kept", nested_structure_kept)

def base_exception_rest():
    try:
        raise BaseExceptionGroup("beg", [ValueError(1), KeyboardInterrupt()])
    except* ValueError:
        pass
attempt("base rest", base_exception_rest)

def caught_by_plain_except():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            pass
    except ExceptionGroup as e:
        print("plain except got", repr(e))
caught_by_plain_except()

def finally_runs():
    try:
        try:
            raise ExceptionGroup("eg", [TypeError(2)])
        except* ValueError:
            print("no")
        finally:
            print("finally ran")
    except ExceptionGroup as e:
        print("then", repr(e))
finally_runs()
