# Invalid except* clauses.
def check(label, clause):
    try:
        try:
            raise ValueError(1)
        except* clause:
            print(label, "handled")
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "ValueError escaped", repr(e))

check("ExceptionGroup", ExceptionGroup)
check("BaseExceptionGroup", BaseExceptionGroup)
check("tuple with group", (ValueError, ExceptionGroup))
check("int", int)
check("instance", ValueError(1))
check("tuple with int", (ValueError, 5))
check("string", "ValueError")
check("valid tuple", (KeyError, ValueError))

def invalid_later_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("first clause")
    except* 3:
        print("never")
try:
    invalid_later_clause()
except TypeError as e:
    print("later clause:", e)

def error_in_clause_type():
    try:
        raise ValueError(1)
    except* undefined_name:
        pass
try:
    error_in_clause_type()
except NameError as e:
    print("NameError:", e, "context:", repr(e.__context__))
