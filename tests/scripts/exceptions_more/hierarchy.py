# The builtin exception hierarchy: bases, catching by base class, and catch order.
names = ["ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "IndexError",
         "KeyError", "ValueError", "UnicodeError", "UnicodeDecodeError", "TypeError",
         "AttributeError", "NameError", "UnboundLocalError", "RuntimeError", "RecursionError",
         "NotImplementedError", "OSError", "FileNotFoundError", "PermissionError", "TimeoutError",
         "StopIteration", "StopAsyncIteration", "GeneratorExit", "SystemExit",
         "KeyboardInterrupt", "Exception", "BaseException", "AssertionError", "ImportError",
         "ModuleNotFoundError", "EOFError", "MemoryError", "BufferError", "SyntaxError",
         "IndentationError", "TabError", "ConnectionError", "BrokenPipeError", "IsADirectoryError",
         "ExceptionGroup", "BaseExceptionGroup", "FloatingPointError", "ReferenceError",
         "SystemError", "NotADirectoryError", "FileExistsError", "ChildProcessError",
         "ConnectionResetError", "InterruptedError", "ProcessLookupError", "BlockingIOError",
         "Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning"]
for n in names:
    cls = __builtins__.__dict__[n] if hasattr(__builtins__, "__dict__") else __builtins__[n]
    print(n, [b.__name__ for b in cls.__bases__])


def catch(exc, *classes):
    try:
        raise exc
    except classes as e:
        return type(e).__name__ + " caught"
    except BaseException as e:
        return type(e).__name__ + " escaped"


print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(KeyError(), LookupError))
print(catch(FileNotFoundError(), OSError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(RecursionError(), RuntimeError))
print(catch(ModuleNotFoundError(), ImportError))
print(catch(UnboundLocalError(), NameError))
print(catch(StopIteration(), Exception))
print(catch(GeneratorExit(), Exception))


def order():
    try:
        raise IndexError("i")
    except LookupError:
        return "LookupError first"
    except IndexError:
        return "never"


print(order())


class MyError(ValueError):
    pass


class MyOtherError(MyError, KeyError):
    pass


print(catch(MyOtherError(), KeyError), [c.__name__ for c in MyOtherError.__mro__])
try:
    raise MyOtherError("x")
except (TypeError, LookupError) as e:
    print("tuple caught", type(e).__name__, str(e))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, 1):
        print("caught before checking the bad entry")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (KeyError, 1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(BaseExceptionGroup, BaseException), issubclass(ExceptionGroup, Exception))
