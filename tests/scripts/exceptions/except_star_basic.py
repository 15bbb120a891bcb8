# except* matching: groups are split between clauses, bare exceptions are wrapped.
def run(exc):
    print("--", repr(exc))
    try:
        raise exc
    except* ValueError as e:
        print("ValueError clause:", repr(e))
    except* (TypeError, KeyError) as e:
        print("Type/Key clause:", repr(e))
    except* Exception as e:
        print("Exception clause:", repr(e))
    else:
        print("no exception")
    finally:
        print("finally")

run(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]))
run(ExceptionGroup("eg", [ValueError(1), ValueError(2)]))
run(ExceptionGroup("eg", [OSError(1)]))
run(ValueError("naked"))
run(KeyError("naked key"))
run(RuntimeError("naked other"))
run(ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), ValueError(3)]))

def no_exception():
    try:
        print("body")
    except* ValueError:
        print("unreachable")
    else:
        print("else runs")
no_exception()

def variable_cleared():
    try:
        raise ValueError(1)
    except* ValueError as e:
        pass
    try:
        e
    except NameError as err:
        print("NameError:", err)
variable_cleared()

def handled_value():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise KeyError("inside")
        except KeyError as inner:
            print("context is the match:", repr(inner.__context__), inner.__context__ is e)
    except* TypeError as e:
        print("second clause:", repr(e))
handled_value()

def counter():
    count = 0
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)] * (i + 1))
        except* ValueError as e:
            count += len(e.exceptions)
    return count
print("count", counter())

def star_in_loop_body():
    out = []
    for exc in (ValueError(1), TypeError(2), ExceptionGroup("g", [ValueError(3)])):
        try:
            raise exc
        except* ValueError:
            out.append("V")
        except* TypeError:
            out.append("T")
    return out
print(star_in_loop_body())
