"""traceback: formatting exceptions as the interpreter prints them (the text comes from the VM)."""
import sys
from _traceback import format_exception as _vm_format_exception
from _traceback import handled_exception as _handled_exception

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc",
           "print_exception", "print_last"]

_sentinel = object()


def _exception_of(exc, value):
    if value is not _sentinel:
        return value
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines (each ending in a newline) that print_exception would write."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if tb is not _sentinel and tb is not None and tb is not value.__traceback__:
        value = value.with_traceback(tb)
    return _lines(_vm_format_exception(value))


def format_exception_only(exc, /, value=_sentinel):
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    saved = value.__traceback__, value.__cause__, value.__context__
    saved_suppress = value.__suppress_context__
    try:
        value.__traceback__ = None
        value.__cause__ = None
        value.__context__ = None
        return _lines(_vm_format_exception(value))
    finally:
        value.__traceback__, value.__cause__, value.__context__ = saved
        value.__suppress_context__ = saved_suppress


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(_handled_exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_handled_exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
