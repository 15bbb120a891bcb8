"""string: character-class constants, capwords, and $-substitution Templates."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_IDENTIFIER_START = frozenset('_' + ascii_letters)
_IDENTIFIER_REST = frozenset('_' + ascii_letters + digits)


class _Placeholder:
    """One match of the template pattern: kind is 'escaped', 'named', 'braced' or 'invalid';
    text is the whole matched source, start its index."""

    __slots__ = ("kind", "name", "start", "text")

    def __init__(self, kind, name, start, text):
        self.kind = kind
        self.name = name
        self.start = start
        self.text = text


def _identifier_end(template, i):
    """The end of the ASCII identifier starting at i, or i when there is none."""
    n = len(template)
    if i >= n or template[i] not in _IDENTIFIER_START:
        return i
    i += 1
    while i < n and template[i] in _IDENTIFIER_REST:
        i += 1
    return i


def _scan(template, delimiter):
    """Yields (literal text, placeholder or None) pieces of template, in order."""
    n = len(template)
    width = len(delimiter)
    pos = 0
    while True:
        at = template.find(delimiter, pos)
        if at < 0:
            yield template[pos:], None
            return
        after = at + width
        if template.startswith(delimiter, after):
            found = _Placeholder("escaped", None, at, template[at:after + width])
        else:
            end = _identifier_end(template, after)
            if end > after:
                found = _Placeholder("named", template[after:end], at, template[at:end])
            else:
                found = None
                if after < n and template[after] == '{':
                    end = _identifier_end(template, after + 1)
                    if end > after + 1 and end < n and template[end] == '}':
                        found = _Placeholder("braced", template[after + 1:end], at,
                                             template[at:end + 1])
                if found is None:
                    found = _Placeholder("invalid", None, at, template[at:after])
        yield template[pos:at], found
        pos = found.start + len(found.text)


class _MergedMapping:
    """Keyword arguments first, then the positional mapping (what ChainMap gives CPython)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


_no_mapping = {}


def _arguments(mapping, kws):
    if mapping is _no_mapping:
        return kws
    if kws:
        return _MergedMapping(kws, mapping)
    return mapping


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, placeholder):
        # The column is that of the character after the delimiter.
        i = placeholder.start + len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_no_mapping, /, **kws):
        mapping = _arguments(mapping, kws)
        out = []
        for literal, found in _scan(self.template, self.delimiter):
            out.append(literal)
            if found is None:
                continue
            if found.kind == "escaped":
                out.append(self.delimiter)
            elif found.kind == "invalid":
                self._invalid(found)
            else:
                out.append('%s' % (mapping[found.name],))
        return ''.join(out)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        mapping = _arguments(mapping, kws)
        out = []
        for literal, found in _scan(self.template, self.delimiter):
            out.append(literal)
            if found is None:
                continue
            if found.kind == "escaped":
                out.append(self.delimiter)
            elif found.kind == "invalid":
                out.append(found.text)
            else:
                try:
                    out.append('%s' % (mapping[found.name],))
                except KeyError:
                    out.append(found.text)
        return ''.join(out)

    def is_valid(self):
        for _, found in _scan(self.template, self.delimiter):
            if found is not None and found.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, found in _scan(self.template, self.delimiter):
            if found is not None and found.name is not None and found.name not in ids:
                ids.append(found.name)
        return ids

