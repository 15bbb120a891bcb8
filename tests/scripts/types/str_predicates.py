# str predicates (is*) on ASCII and non-ASCII text.
samples = ['', 'abc', 'ABC', 'Abc', 'Hello World', 'hello World', 'Hello world', '123', '½', '²', '٣', '一',
           'abc123', 'a b', ' \t\n', '\x0b\x1c', 'é', 'É', 'ǅ', 'Σίσυφος', '_id', '1abc', 'if', 'a-b',
           'ab\x00', '\u2028', 'ⅷ', '①', 'Ⅻ', 'ß', 'ﬁ', 'A1B2', 'HELLO 123', 'Titlé Cäse', "They're Bill's"]
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
         'isprintable', 'isspace', 'istitle', 'isupper']
for s in samples:
    print(repr(s), ''.join('1' if getattr(s, n)() else '0' for n in names))
