# Exception tables: every way out of try/except/finally, nested handlers, re-raise.
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")

def finally_overrides():
    try:
        return 1
    finally:
        return 2

def break_through_finally():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f")
    return out

def continue_through_except():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append("e")
            continue
        finally:
            out.append("f")
    return out

def nested():
    try:
        try:
            1 / 0
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("outer caught", e)
    else:
        print("not here either")

def reraise():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    except LookupError as e:
        return repr(e)

def handler_name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        return str(e)

def else_clause():
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x = x + 10
    finally:
        x = x * 2
    return x

def while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        n += 100
    return n

print(ret_in_finally())
print(finally_overrides())
print(break_through_finally())
print(continue_through_except())
nested()
print(reraise())
print(handler_name_cleared())
print(else_clause())
print(while_else())
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match", type(e).__name__)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
