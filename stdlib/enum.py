"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag and auto, with CPython's reprs."""

__all__ = ["EnumMeta", "EnumType", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto",
           "unique"]

_builtin_type = type  # EnumType._create_ has a parameter named `type`


class auto:
    """Stands for a value chosen by _generate_next_value_ (1, 2, 3, ... by default)."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


# Attributes of members whose instances cannot take attributes (int or str subclasses may have
# no __dict__ here), by class and data value (the member's identity may not survive calls).
_member_attrs = {}


def _attrs_key(member):
    cls = type(member)
    return cls, cls.__dict__.get("_member_type_", object).__repr__(member)


def _set_member_attr(member, name, value):
    try:
        object.__setattr__(member, name, value)
    except AttributeError:
        _member_attrs.setdefault(_attrs_key(member), {})[name] = value


class _EnumDict(dict):
    """The class body's namespace: records member names in order, resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate = None

    def __setitem__(self, key, value):
        if _is_dunder(key) or _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate = value
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if _is_descriptor(value) or key.startswith("_"):
            dict.__setitem__(self, key, value)
            return
        if key in self:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if isinstance(value, auto):
            if value.value is None:
                gen = self._generate or _default_generate
                value.value = gen(key, 1, len(self._member_names), self._last_values[:])
            value = value.value
        self._member_names.append(key)
        self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _default_generate(name, start, count, last_values):
    for last in reversed(last_values):
        try:
            return last + 1
        except TypeError:
            pass
    return start


def _prepare(bases):
    d = _EnumDict()
    for base in bases:
        gen = getattr(base, "_generate_next_value_", None)
        if gen is not None and d._generate is None and base.__name__ not in ("Enum",):
            d._generate = gen
    return d


class EnumType(type):
    """The metaclass: turns the class body's plain values into members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _prepare(bases)

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = list(getattr(classdict, "_member_names", []))
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object or isinstance(klass, EnumType):
                    continue
                member_type = klass
                break
            if member_type is not object:
                break
        values = {name: classdict[name] for name in member_names}
        body = dict(classdict)
        for name in member_names:
            del body[name]
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # A data type's own repr/str/format must not hide the enum's (int before Enum in MRO).
        first_enum = next((b for b in bases if isinstance(b, EnumType)), None)
        if first_enum is not None and member_type is not object:
            for name in ("__repr__", "__str__", "__format__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            member_value = value
            if member_type is not object:
                member_value = member_type(*args)
            _set_member_attr(member, "_value_", member_value)
            _set_member_attr(member, "_name_", name)
            _set_member_attr(member, "__objclass__", enum_class)
            init = enum_class.__init__
            if init is not object.__init__ and init is not member_type.__init__:
                init(member, *args)
            existing = None
            for other in enum_class._member_names_:
                if enum_class._member_map_[other]._value_ == member._value_:
                    existing = enum_class._member_map_[other]
                    break
            if existing is not None:
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                continue
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_[member._value_] = member
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            # A lookup by value, whatever __new__ the member type brings (IntEnum: int's).
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        metacls = _builtin_type(cls)
        classdict = _prepare(bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(name, start + i) for i, name in enumerate(names)]
        if isinstance(names, dict):
            names = names.items()
        for name, value in names:
            classdict[name] = value
        classdict["__module__"] = module or "__main__"
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_ or any(
            m._value_ == member for m in cls._member_map_.values())

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base of enumerations: members are the class's instances, one per name."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def __getattr__(self, name):
        try:
            return _member_attrs[_attrs_key(self)][name]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}") from None

    def __setattr__(self, name, value):
        key = _attrs_key(self)
        if key in _member_attrs:
            _member_attrs[key][name] = value
        else:
            object.__setattr__(self, name, value)

    @classmethod
    def _missing_(cls, value):
        return None

    def _generate_next_value_(name, start, count, last_values):
        return _default_generate(name, start, count, last_values)

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__
        if self.__class__._member_type_ is object:
            v_repr = repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Members keep their data type's str() and format()."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) == 1 and type(values[0]) is cls:
            return values[0]
        return Enum.__new__(cls, *values)

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members combine with | & ^ ~ into values that may name several members."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values).bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        pseudo = object.__new__(cls) if cls._member_type_ is object else \
            cls._member_type_.__new__(cls, value)
        _set_member_attr(pseudo, "_value_", value)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_
                 and bin(m._value_).count("1") == 1]
        _set_member_attr(pseudo, "_name_", "|".join(names) if names else None)
        return pseudo

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and bin(m._value_).count("1") == 1 and m._value_ & self._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._member_type_.__repr__
        if self.__class__._member_type_ is object:
            v_repr = repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        everything = 0
        for m in self.__class__:
            everything |= m._value_
        return self.__class__(everything & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    __hash__ = Flag.__hash__
    __repr__ = Flag.__repr__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
