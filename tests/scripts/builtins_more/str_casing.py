# Full Unicode case mappings (SpecialCasing) and the final-sigma rule in str's case methods.
tests = ['ﬁ', 'ß', 'İ', 'ΟΔΟΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'Σ', 'AΣ', 'ΣA', 'aΣ\u0301b', 'aΣ\u0301', 'ǅungla',
         'ǆ', 'ŉ', 'ΐ', 'hello wörld ß', 'ﬃx ﬄ', 'ᾳ', 'ᾼ', 'ﬅ', 'İstanbul', "ΑΣ'", "a'Σ", "ß'ß",
         'Ǳ', 'ǲ', 'ª', 'ᵃ', 'ǰ', '\u0345', 'xΣ\u0345', 'ΌΣΟΣ ΆΣ', 'mañana ÉCOLE', '𐐨𐐀',
         '\U0001E900', 'ⓐⒶ', 'i̇', 'ΣΑΣ', 'Straße', 'ǈ', 'ﬀ ﬆ', 'ŉ-ǰ', 'ΣΣ', 'Σ.Σ', "they're bill's",
         '1st 2ND', 'ǳ ǲ Ǳ', '', 'abc', 'ABC', 'Σa Σ']
for t in tests:
    print(ascii(t), ascii(t.lower()), ascii(t.upper()), ascii(t.title()), ascii(t.capitalize()),
          ascii(t.swapcase()), ascii(t.casefold()), t.isupper(), t.islower(), t.istitle())
print('ﬁ'.upper() == 'FI', 'ß'.upper(), len('İ'.lower()), 'ΟΔΟΣ'.lower(), 'straße'.casefold())
print('ß'.upper().lower(), 'ﬁ'.title(), 'ǆemal'.capitalize(), 'ΣΑΣ ΣΑΣ'.lower())
# Every 31st character of the first two planes, folded into checksums per block: a sample, so
# that the GC-stress build (which collects on every allocation) stays quick.
for base in range(0, 0x20000, 0x2000):
    parts = []
    for cp in range(base, base + 0x2000, 31):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        parts.append(c.lower() + c.upper() + c.title() + c.swapcase() + c.casefold() +
                     ('A' + c + 'Σ').lower() + str(c.isupper()) + str(c.islower()) +
                     str(c.istitle()) + ('x' + c).title())
    text = "".join(parts)
    print(hex(base), len(text), sum(ord(ch) * (i % 7919 + 1) for i, ch in enumerate(text)) % 1000000007)
