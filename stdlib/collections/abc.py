"""collections.abc: abstract container classes; isinstance checks look for the methods."""

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]


from abc import ABCMeta


class _StructuralMeta(ABCMeta):
    """isinstance/issubclass succeed for registered classes, subclasses, and classes whose
    MRO provides every method in _required (when the ABC is one-trick, like Iterable).
    An ABCMeta, as in CPython, so that a class may also derive from abc.ABC."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, "__mro__", ()):
            return True
        for r in cls.__dict__.get("_registered", ()):
            if issubclass(sub, r):
                return True
        required = cls.__dict__.get("_required")
        if required is None:
            return False
        for name in required:
            for klass in getattr(sub, "__mro__", ()):
                if name in klass.__dict__:
                    if klass.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True

    def register(cls, subclass):
        if "_registered" not in cls.__dict__:
            cls._registered = []
        cls._registered.append(subclass)
        return subclass

    def __class_getitem__(cls, item):
        return cls


def _abc(name, bases, required, registered=()):
    cls = _StructuralMeta(name, bases, {"_required": required, "__module__": "collections.abc",
                                        "_registered": list(registered),
                                        "__class_getitem__": classmethod(lambda c, i: c)})
    return cls


Hashable = _abc("Hashable", (), ("__hash__",))
Awaitable = _abc("Awaitable", (), ("__await__",))
Coroutine = _abc("Coroutine", (Awaitable,), ("__await__", "send", "throw", "close"))
AsyncIterable = _abc("AsyncIterable", (), ("__aiter__",))
AsyncIterator = _abc("AsyncIterator", (AsyncIterable,), ("__aiter__", "__anext__"))
AsyncGenerator = _abc("AsyncGenerator", (AsyncIterator,),
                      ("__aiter__", "__anext__", "asend", "athrow", "aclose"))
Iterable = _abc("Iterable", (), ("__iter__",))
Iterator = _abc("Iterator", (Iterable,), ("__iter__", "__next__"))
Reversible = _abc("Reversible", (Iterable,), ("__reversed__", "__iter__"))
Generator = _abc("Generator", (Iterator,), ("__iter__", "__next__", "send", "throw", "close"))
Sized = _abc("Sized", (), ("__len__",))
Container = _abc("Container", (), ("__contains__",))
Callable = _abc("Callable", (), ("__call__",))
Collection = _abc("Collection", (Sized, Iterable, Container),
                  ("__len__", "__iter__", "__contains__"))
Set = _abc("Set", (Collection,), None, (frozenset, set))
MutableSet = _abc("MutableSet", (Set,), None, (set,))
Mapping = _abc("Mapping", (Collection,), None, (dict,))
MutableMapping = _abc("MutableMapping", (Mapping,), None, (dict,))
MappingView = _abc("MappingView", (Sized,), None, (type({}.keys()), type({}.values()),
                                                  type({}.items())))
KeysView = _abc("KeysView", (MappingView, Set), None, (type({}.keys()),))
ItemsView = _abc("ItemsView", (MappingView, Set), None, (type({}.items()),))
ValuesView = _abc("ValuesView", (MappingView, Collection), None, (type({}.values()),))
Sequence = _abc("Sequence", (Reversible, Collection), None, (tuple, str, range, list, bytes))
MutableSequence = _abc("MutableSequence", (Sequence,), None, (list, bytearray))
ByteString = _abc("ByteString", (Sequence,), None, (bytes, bytearray))
