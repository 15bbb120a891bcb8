"""copy: shallow and deep copies of Python objects (copy, deepcopy, __copy__/__deepcopy__)."""
import types
from _collections import OrderedDict, defaultdict, deque

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Values that are their own copy, shallow or deep.
_atomic = frozenset([type(None), int, float, bool, complex, str, bytes, type, range,
                     types.BuiltinFunctionType, types.FunctionType, types.CodeType,
                     type(Ellipsis), type(NotImplemented), property])

# Builtin immutable bases whose subclasses are rebuilt from the base value.
_value_bases = (int, float, complex, str, bytes, tuple, frozenset)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    copier = _shallow_copiers.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct_object(x, None)


_shallow_copiers = {
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray.copy,
    types.MethodType: lambda x: types.MethodType(x.__func__, x.__self__),
}


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct_object(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A cycle through x may already have copied it.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(list(x), memo))


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_deque(x, memo):
    y = type(x)((), x.maxlen)
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_mapping(y, x, memo):
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
    types.MethodType: _deepcopy_method,
    deque: _deepcopy_deque,
    defaultdict: lambda x, memo: _deepcopy_mapping(type(x)(x.default_factory), x, memo),
    OrderedDict: lambda x, memo: _deepcopy_mapping(type(x)(), x, memo),
}


def _keep_alive(x, memo):
    """Keeps x alive while the memo is in use, so its id() is not reused by a new object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _defined_below_object(cls, name):
    """Whether a class in cls's MRO other than object defines `name` itself."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _reconstruct_object(x, memo):
    """Copies an instance the way pickling would rebuild it: __reduce_ex__/__reduce__ when the
    class defines one, otherwise a new instance from __new__ given its state."""
    cls = type(x)
    deep = memo is not None
    if _defined_below_object(cls, "__reduce_ex__") or _defined_below_object(cls, "__reduce__"):
        if _defined_below_object(cls, "__reduce_ex__"):
            rv = x.__reduce_ex__(4)
        else:
            rv = x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    if issubclass(cls, BaseException):
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        y = cls(*args)
        if deep:
            memo[id(x)] = y
        _set_state(y, _object_state(x), memo)
        return y
    if issubclass(cls, (set, frozenset)):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls(items)
        if deep:
            memo[id(x)] = y
        _set_state(y, _object_state(x), memo)
        return y
    if not _is_python_instance(x):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    kwargs = {}
    if hasattr(x, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, "__getnewargs__"):
        args = x.__getnewargs__()
    else:
        args = ()
        for base in _value_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    if deep:
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    _set_state(y, _object_state(x), memo)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _is_python_instance(x):
    """Whether x was made by a class statement (it carries __dict__ or __slots__), as opposed
    to an instance of a builtin type without copy support."""
    cls = type(x)
    if cls is types.ModuleType:
        return False
    for klass in cls.__mro__:
        if "__slots__" in klass.__dict__:
            return True
    return hasattr(x, "__dict__")


def _object_state(x):
    """What object.__getstate__ gives: the __dict__, or (__dict__ or None, slot values)."""
    if _defined_below_object(type(x), "__getstate__"):
        return x.__getstate__()
    try:
        state = x.__dict__ or None
    except AttributeError:
        state = None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state, memo):
    if state is None:
        return
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            _set_state(y, state, None)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
