# Nested try/except* statements and exceptions raised inside except* bodies.
def inner_handles_part():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as e:
            print("inner V", repr(e))
    except* TypeError as e:
        print("outer T", repr(e))
    except* KeyError as e:
        print("outer K", repr(e))
inner_handles_part()

def try_inside_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        try:
            raise TypeError("inside")
        except TypeError as inner:
            print("inner caught", repr(inner), "context", repr(inner.__context__))
        print("still handling", repr(e))
try_inside_handler()

def star_inside_handler():
    try:
        raise ExceptionGroup("outer", [KeyError(0)])
    except* KeyError:
        try:
            raise ExceptionGroup("nested", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            print("nested V", repr(e))
        except* TypeError as e:
            print("nested T", repr(e))
star_inside_handler()

def escapes_nested():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise ExceptionGroup("second", [TypeError(2), KeyError(3)])
    except* TypeError as e:
        print("outer got T", repr(e))
        print("context", repr(e.exceptions[0].__context__))
    except* KeyError as e:
        print("outer got K", repr(e))
try:
    escapes_nested()
except ExceptionGroup as e:
    print("escaped", repr(e))

def generator_with_star():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)
print(list(generator_with_star()))

def with_finally_return():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            print("handled")
        finally:
            print("finally")
        return "returned"
    finally:
        print("outer finally")
print(with_finally_return())

def return_from_try_body():
    try:
        return "early"
    except* ValueError:
        return "never"
print(return_from_try_body())

def break_from_try_body():
    for i in range(5):
        try:
            if i == 2:
                break
        except* ValueError:
            pass
    return i
print(break_from_try_body())
