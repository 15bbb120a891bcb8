# try/finally with return, break and continue: which value wins and what runs.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def finally_runs_order(log):
    try:
        log.append("try")
        return log.append("return expr") or "r"
    finally:
        log.append("finally")


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            out.append("f%d" % i)
            continue
    return out


def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("caught " + str(e))
    finally:
        log.append("outer finally")
    return log


def return_value_mutated():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def else_clause(fail):
    log = []
    try:
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            pass
    return n


def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


print(ret_in_finally(), finally_swallows())
log = []
print(finally_runs_order(log), log)
print(break_in_finally(), continue_in_finally(), nested())
print(return_value_mutated(), else_clause(True), else_clause(False), while_finally())
try:
    exception_in_finally()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


gen = gen_finally()
for v in gen:
    print("got", v)
    break
gen.close()
print("after close")


def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")


print(except_return())


def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)


print(loop_return())


def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")


try:
    else_raises()
except RuntimeError as e:
    print(e, e.__context__)
