"""json.encoder: JSONEncoder, turning Python data structures into JSON text."""
from _json import encode_basestring, encode_basestring_ascii, make_encoder as c_make_encoder

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float -> number,
    True/False -> true/false, None -> null. Subclasses implement default() for other
    objects: it returns a serializable object or raises TypeError."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object
        for ``o``, or calls the base implementation (to raise a ``TypeError``)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        markers = {} if self.check_circular else None
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if _one_shot and indent is None:
            return c_make_encoder(markers, self.default, quote, indent, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys,
                                  self.allow_nan)(o, 0)
        if not isinstance(indent, str) and indent is not None:
            indent = " " * indent
        encoder = _Encoder(markers, self.default, quote, indent, self.allow_nan,
                           self.key_separator, self.item_separator, self.sort_keys,
                           self.skipkeys)
        chunks = []
        encoder.value(o, 0, chunks)
        return chunks


def _float_text(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == INFINITY:
        text = "Infinity"
    elif o == -INFINITY:
        text = "-Infinity"
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class _Encoder:
    """One encoding run with indentation (or for iterencode): appends the JSON text of a value
    to a list of chunks. The one-shot unindented case is native (_json.make_encoder)."""

    def __init__(self, markers, default, quote, indent, allow_nan, key_separator,
                 item_separator, sort_keys, skipkeys):
        self.markers = markers
        self.default = default
        self.quote = quote
        self.indent = indent
        self.allow_nan = allow_nan
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def value(self, o, level, out):
        t = type(o)
        if t is str:
            out.append(self.quote(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif t is int:
            out.append(int.__repr__(o))
        elif t is float:
            out.append(_float_text(o, self.allow_nan))
        elif t is list or t is tuple:
            self.array(o, level, out)
        elif t is dict:
            self.object(o, level, out)
        elif isinstance(o, str):
            out.append(self.quote(o))
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.array(o, level, out)
        elif isinstance(o, dict):
            self.object(o, level, out)
        else:
            self._enter(o)
            self.value(self.default(o), level, out)
            self._leave(o)

    def _enter(self, o):
        markers = self.markers
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def _open(self, container, bracket, level, out):
        """Starts a non-empty list or dict: its level and the separator between its items."""
        self._enter(container)
        indent = self.indent
        if indent is None:
            out.append(bracket)
            return level, self.item_separator
        level += 1
        newline_indent = "\n" + indent * level
        out.append(bracket + newline_indent)
        return level, self.item_separator + newline_indent

    def _close(self, container, bracket, level, out):
        if self.indent is not None:
            out.append("\n" + self.indent * (level - 1))
        out.append(bracket)
        self._leave(container)

    def array(self, lst, level, out):
        if not lst:
            out.append("[]")
            return
        level, separator = self._open(lst, "[", level, out)
        first = True
        for item in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self.value(item, level, out)
        self._close(lst, "]", level, out)

    def object(self, dct, level, out):
        if not dct:
            out.append("{}")
            return
        level, separator = self._open(dct, "{", level, out)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        key_separator = self.key_separator
        quote = self.quote
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_text(key, self.allow_nan)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, "
                                f"not {key.__class__.__name__}")
            if first:
                first = False
            else:
                out.append(separator)
            out.append(quote(key))
            out.append(key_separator)
            self.value(value, level, out)
        self._close(dct, "}", level, out)
