# raise forms: class vs instance, bare raise in nested handlers, re-raise keeps traceback.
def f():
    raise ValueError


try:
    f()
except ValueError as e:
    print(repr(e), e.args)


class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a


try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NeedsArgs(1, 2)
except NeedsArgs as e:
    print(e, e.a, e.args)


def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        try:
            raise ValueError("other")
        except ValueError:
            pass
        raise


try:
    reraiser()
except KeyError as e:
    print("bare raise re-raised", repr(e))


def keep_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e


try:
    keep_tb()
except ZeroDivisionError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("traceback entries", n)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from NotAnException()
except TypeError as e:
    print(e)


def deleted_name():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return str(e)


print(deleted_name())


class Custom(Exception):
    def __str__(self):
        return "custom str"

    def __repr__(self):
        return "Custom()"


print(str(Custom()), repr(Custom()), [Custom()])


class WithInit(Exception):
    def __init__(self, code):
        self.code = code


w = WithInit(5)
print(w.args, str(w), w.code)


class Reduced(Exception):
    def __init__(self):
        super().__init__("fixed", "args")


print(Reduced().args, str(Reduced()))


def exc_var_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()


print(exc_var_cleared())
