"""What the Unicode table generators share: code point ranges and how they are written as C++."""


def ranges(predicate):
    """The [first, last] runs of code points for which predicate(cp) holds."""
    out = []
    for cp in range(0x110000):
        if predicate(cp):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def write_ranges(f, name, items):
    f.write("static constexpr CodeRange %s[] = {\n" % name)
    for lo, hi in items:
        f.write("    {0x%X, 0x%X},\n" % (lo, hi))
    f.write("};\n")
